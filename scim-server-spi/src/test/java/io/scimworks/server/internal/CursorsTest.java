package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CursorsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aCursorRoundTripsToItsOffset() {
    Cursors cursors = new Cursors(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(cursors.offset("scope", cursors.issue("scope", 300))).isEqualTo(300);
  }

  @Test
  void aCursorPastItsLifetimeIsExpiredCursor() {
    Cursors issuer = new Cursors(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    String cursor = issuer.issue("scope", 10);
    Cursors later = issuer.at(Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
    assertThatThrownBy(() -> later.offset("scope", cursor))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("expiredCursor"));
  }

  @Test
  void aCursorFromAnotherServerIsInvalidCursor() {
    Cursors one = new Cursors(Duration.ofMinutes(5));
    Cursors other = new Cursors(Duration.ofMinutes(5));
    String cursor = one.issue("scope", 10);
    assertThatThrownBy(() -> other.offset("scope", cursor))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidCursor"));
  }

  @Test
  void aKeyedCursorRoundTripsToItsOffsetAndKey() {
    Cursors cursors = new Cursors(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    String key = "r.user_name:S\uD83D\uDE00 any text: dots.";
    String cursor = cursors.issue("scope", 40, key);
    assertThat(cursors.read("scope", cursor)).isEqualTo(new Cursors.Position(40, key));
    assertThat(cursors.read("scope", cursors.issue("scope", 7)))
        .isEqualTo(new Cursors.Position(7, null));
  }

  @Test
  void aKeyedCursorWithAChangedKeyOrScopeIsInvalidAndAnOldOneExpired() {
    Cursors issuer = new Cursors(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    String cursor = issuer.issue("scope", 4, "r.id::aWQ");
    String[] parts = cursor.split("\\.");
    parts[2] = parts[2].substring(1);
    for (String[] attempt :
        new String[][] {
          {"scope", String.join(".", parts)},
          {"other scope", cursor},
          {"scope", cursor.substring(0, cursor.lastIndexOf('.'))},
          {"scope", cursor + ".x"}
        }) {
      assertThatThrownBy(() -> issuer.read(attempt[0], attempt[1]))
          .isInstanceOfSatisfying(
              ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidCursor"));
    }
    Cursors later = issuer.at(Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
    assertThatThrownBy(() -> later.read("scope", cursor))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("expiredCursor"));
  }
}
