package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.Meta;
import io.scimworks.core.resource.User;
import io.scimworks.testing.ScimServerExtension;
import io.scimworks.testing.TestScimServer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ETags against the real server: conditional reads and lost-update protection. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveEtagTest {
  @RegisterExtension static final ScimServerExtension SCIM = Live.server();

  private static TestScimServer server;
  private static ScimClient scim;

  @BeforeAll
  static void start(TestScimServer started) {
    server = started;
    scim = Live.client(server);
  }

  private static String version(User u) {
    return u.meta().map(Meta::version).orElseThrow();
  }

  private static void assertPreconditionFailed(Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(412));
  }

  @Test
  void aReplaceBasedOnAStaleVersionFailsInsteadOfLosingAnUpdate() {
    User original = scim.users().create(User.builder().userName("etag-replace").build());
    scim.users().patch(original.id()).replace("title", "concurrent change").execute();

    assertPreconditionFailed(
        () -> scim.users().replaceIfUnchanged(original.toBuilder().title("mine").build()));
    assertThat(scim.users().get(original.id()).title()).isEqualTo("concurrent change");
  }

  @Test
  void aReplaceBasedOnTheCurrentVersionSucceeds() {
    User original = scim.users().create(User.builder().userName("etag-fresh").build());

    User replaced = scim.users().replaceIfUnchanged(original.toBuilder().title("mine").build());

    assertThat(replaced.title()).isEqualTo("mine");
    assertThat(version(replaced)).isNotEqualTo(version(original));
  }

  @Test
  void aPatchAndADeleteWithAStaleVersionFail() {
    User original = scim.users().create(User.builder().userName("etag-patch").build());
    scim.users().patch(original.id()).replace("title", "v2").execute();

    assertPreconditionFailed(
        () ->
            scim.users()
                .patch(original.id())
                .replace("title", "v3")
                .ifMatch(version(original))
                .execute());
    assertPreconditionFailed(() -> scim.users().delete(original.id(), version(original)));
    assertThat(scim.users().get(original.id()).title()).isEqualTo("v2");
  }

  @Test
  void aConditionalReadReturnsNothingUntilTheResourceChanges() {
    User original = scim.users().create(User.builder().userName("etag-read").build());

    assertThat(scim.users().read(original.id()).executeIfChanged(version(original))).isEmpty();
    scim.users().patch(original.id()).replace("title", "changed").execute();
    assertThat(scim.users().read(original.id()).executeIfChanged(version(original)))
        .hasValueSatisfying(u -> assertThat(u.title()).isEqualTo("changed"));
  }

  @Test
  void patchChangesCarryTheVersionTheyWereComputedFrom() {
    User before = scim.users().create(User.builder().userName("etag-diff").build());
    scim.users().patch(before.id()).replace("nickName", "someone else").execute();

    assertPreconditionFailed(
        () ->
            scim.users()
                .patch(before.id())
                .changes(before, before.toBuilder().title("mine").build())
                .execute());
  }
}
