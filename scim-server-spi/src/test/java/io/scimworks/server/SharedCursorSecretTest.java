package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.server.memory.InMemoryRepository;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Servers sharing a cursor secret continue each other's cursors; others refuse them. */
class SharedCursorSecretTest {
  private static final byte[] SECRET =
      "a shared secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

  private final InMemoryRepository users = InMemoryRepository.forUsers();

  private Scim server(byte[] secret) {
    ScimServer.Builder b = Servers.builder().users(users);
    if (secret != null) {
      b.cursorSecret(secret);
    }
    return new Scim(b.build());
  }

  @Test
  void aCursorFromOneServerContinuesOnAnotherWithTheSameSecret() {
    Scim a = server(SECRET);
    Scim b = server(SECRET);
    for (int i = 0; i < 5; i++) {
      a.createUser("shared" + i);
    }
    String next = Scim.json(a.get("/Users?count=2&cursor=")).get("nextCursor").stringValue();
    ScimResponse page = b.get("/Users?count=2&cursor=" + next);
    assertThat(page.status()).isEqualTo(200);
    assertThat(Scim.json(page).get("Resources")).hasSize(2);
  }

  @Test
  void aServerWithItsOwnKeyRefusesAnotherServersCursor() {
    Scim a = server(SECRET);
    Scim other = server(null);
    for (int i = 0; i < 3; i++) {
      a.createUser("own" + i);
    }
    String next = Scim.json(a.get("/Users?count=2&cursor=")).get("nextCursor").stringValue();
    assertThat(Scim.json(other.get("/Users?count=2&cursor=" + next)).get("scimType").stringValue())
        .isEqualTo("invalidCursor");
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> ScimServer.builder().cursorSecret(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
