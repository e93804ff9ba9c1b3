package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.filter.FilterParser;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value filter as long as the parser accepts, used by two operations of one request (so the
 * engine's cache of compiled value filters hashes and compares it), is applied, not a 500.
 */
class LongValueFilterPatchTest {

  @Test
  void longOrValueFilterUsedTwiceIsSafeAsACacheKey() {
    String filter =
        String.join(
                " or ",
                Collections.nCopies(FilterParser.DEFAULT_MAX_TERMS - 1, "value eq \\\"x@y.z\\\""))
            + " or value eq \\\"babs@jensen.org\\\"";
    String op = "{\"op\":\"replace\",\"path\":\"emails[" + filter + "].display\",\"value\":\"%s\"}";
    AtomicReference<ObjectNode> out = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                out.set(patch(USERS, user(), op.formatted("first"), op.formatted("second")));
              } catch (Throwable t) { // a StackOverflowError too
                failure.set(t);
              }
            },
            "small-stack",
            512 * 1024);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(failure.get()).isNull();
    assertThat(out.get().get("emails").get(1).get("display").stringValue()).isEqualTo("second");
    assertThat(out.get().get("emails").get(0).has("display")).isFalse();
  }
}
