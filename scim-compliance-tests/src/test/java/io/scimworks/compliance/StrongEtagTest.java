package io.scimworks.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@code etag.if-match-weak}, which the demo server skips (its ETags are weak), against the demo
 * server dressed as one with strong ETags: it passes when the weak form of a tag never matches in
 * If-Match, and fails when it does, so the check catches the fault it is for.
 */
class StrongEtagTest {
  private static final Set<String> CHECK = Set.of("etag.if-match-weak");

  @Test
  void aServerWithStrongEtagsThatComparesStronglyPasses() {
    assertThat(outcome(strongTags(false))).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aServerWithStrongEtagsThatLetsTheirWeakFormMatchFails() {
    assertThat(outcome(strongTags(true))).isEqualTo(Outcome.FAILED);
  }

  private static Outcome outcome(UnaryOperator<ScimHandler> fault) {
    try (Servers.Running server = Servers.jdk(fault)) {
      RunReport report =
          ComplianceRun.builder()
              .url(server.url())
              .token(Servers.TOKEN)
              .checks(CHECK)
              .build()
              .run();
      return report.results().get(0).outcome();
    }
  }

  /**
   * Sends {@code "v"} where the server sends {@code W/"v"} (ETag header and meta.version) and reads
   * If-Match back: a strong tag as the server's own, a weak one as the server's own when {@code
   * weakMatches}, else as a tag that matches nothing (RFC 9110's strong comparison).
   */
  private static UnaryOperator<ScimHandler> strongTags(boolean weakMatches) {
    return inner ->
        request -> {
          String ifMatch = request.header("If-Match");
          ScimRequest q =
              ifMatch == null
                  ? request
                  : Faults.withHeader(request, "If-Match", serverForm(ifMatch, weakMatches));
          ScimResponse r = inner.handle(q);
          String tag = r.header("ETag");
          if (tag != null) {
            r = Faults.header(r, "ETag", tag.replace("W/", ""));
          }
          String body = new String(r.body(), StandardCharsets.UTF_8);
          if (!body.contains("\"W/\\\"")) {
            return r;
          }
          ScimResponse strong =
              new ScimResponse(
                  r.status(),
                  r.headers(),
                  body.replace("\"W/\\\"", "\"\\\"").getBytes(StandardCharsets.UTF_8));
          return Faults.header(strong, "Content-Length", null);
        };
  }

  private static String serverForm(String ifMatch, boolean weakMatches) {
    if (ifMatch.trim().equals("*")) {
      return ifMatch;
    }
    List<String> tags = new ArrayList<>();
    for (String t : ifMatch.split(",")) {
      String tag = t.trim();
      tags.add(tag.startsWith("W/") && !weakMatches ? "W/\"matches-nothing\"" : tag);
    }
    return String.join(", ", tags);
  }
}
