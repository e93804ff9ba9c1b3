package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.resource.ScimResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Index paging against scripted services whose {@code totalResults} is wrong: the client reads on
 * while pages come back full and says what the service did, instead of silently stopping early.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MisreportedTotalTest extends ScriptedPagingFixture {
  /** A page of users {@code from..to-1} claiming {@code total} results. */
  private static String page(int from, int to, int total) {
    StringBuilder resources = new StringBuilder();
    for (int i = from; i < to; i++) {
      resources.append(i == from ? "" : ",").append("{\"id\":\"u").append(i).append("\"}");
    }
    return "{\"totalResults\":"
        + total
        + ",\"startIndex\":"
        + (from + 1)
        + ",\"Resources\":["
        + resources
        + "]}";
  }

  private List<String> ids(int pageSize) {
    return client.resources("/Users").search().pageSize(pageSize).stream()
        .map(ScimResource::id)
        .toList();
  }

  private static List<String> expected(int n) {
    return IntStream.range(0, n).mapToObj(i -> "u" + i).toList();
  }

  @Test
  void aServiceReportingThePageSizeAsTotalResultsIsReadToTheEndWithOneWarning() {
    // 200 users, pages of 25, every page claiming totalResults = 25.
    List<MisbehavingServer.Step> pages = new ArrayList<>();
    for (int from = 0; from < 200; from += 25) {
      pages.add(json(200, page(from, from + 25, 25)));
    }
    pages.add(json(200, page(200, 200, 25)));
    server.then(pages.toArray(MisbehavingServer.Step[]::new));

    assertThat(ids(25)).isEqualTo(expected(200));

    assertThat(server.requests()).hasSize(9);
    assertThat(recorder.warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.method()).isEqualTo("GET");
              assertThat(w.uri().getRawQuery()).contains("startIndex=26");
              assertThat(w.message())
                  .contains("totalResults=25")
                  .contains("25 more resources from startIndex 26");
            });
  }

  @Test
  void aTotalThatIsRightCostsOneRequestMoreOnlyWhenTheLastPageIsFull() {
    server.then(json(200, page(0, 2, 4)), json(200, page(2, 4, 4)), json(200, page(4, 4, 4)));

    assertThat(ids(2)).isEqualTo(expected(4));
    assertThat(server.requests()).hasSize(3);
    assertThat(recorder.warnings).isEmpty();
  }

  @Test
  void aShortPageAfterAWrongTotalEndsTheSearch() {
    server.then(json(200, page(0, 3, 3)), json(200, page(3, 5, 3)));

    assertThat(ids(3)).isEqualTo(expected(5));
    assertThat(server.requests()).hasSize(2);
    assertThat(recorder.warnings).hasSize(1);
  }

  @Test
  void aServiceThatIgnoresStartIndexAndMisreportsTheTotalIsStoppedWithAWarning() {
    String same = page(0, 3, 3);
    server.then(json(200, same), json(200, same.replace("\"startIndex\":1", "\"startIndex\":4")));

    assertThat(ids(3)).isEqualTo(expected(3));
    assertThat(server.requests()).hasSize(2);
    assertThat(recorder.warnings)
        .extracting(ClientWarning::message)
        .anySatisfy(m -> assertThat(m).contains("ignores startIndex"));
  }
}
