package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static io.scimworks.client.MisbehavingServer.scimError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.ScimResource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Paging against scripted services that get it wrong. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SearchEdgeCasesTest {
  private static final String CURSORS = "{\"pagination\":{\"cursor\":true,\"index\":true}}";

  @AutoClose private final MisbehavingServer server = new MisbehavingServer();
  private final ScimClient client = ScimClient.builder().baseUri(server.baseUri()).build();

  private static String page(String ids, int total, String extra) {
    StringBuilder resources = new StringBuilder();
    for (String id : ids.split(",")) {
      if (!id.isEmpty()) {
        resources
            .append(resources.length() == 0 ? "" : ",")
            .append("{\"id\":\"")
            .append(id)
            .append("\"}");
      }
    }
    return "{\"totalResults\":" + total + extra + ",\"Resources\":[" + resources + "]}";
  }

  private List<String> ids() {
    return client.resources("/Users").search().pageSize(2).stream().map(ScimResource::id).toList();
  }

  @Test
  void aServiceRepeatingTheSameCursorIsStoppedInsteadOfLoopingForever() {
    server.then(
        json(200, CURSORS),
        json(200, page("1,2", 10, ",\"nextCursor\":\"c1\"")),
        json(200, page("3,4", 10, ",\"nextCursor\":\"c1\"")));

    assertThatThrownBy(this::ids)
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.getMessage()).contains("cursor"));
  }

  @Test
  void aServiceRejectingTheFirstCursorRequestIsPagedByIndex() {
    server.then(
        json(200, CURSORS),
        scimError(400, "invalidCursor", "cursors are off today"),
        json(200, page("1,2", 3, ",\"startIndex\":1")),
        json(200, page("3", 3, ",\"startIndex\":3")));

    assertThat(ids()).containsExactly("1", "2", "3");
    assertThat(server.requests().get(1).uri().getRawQuery()).contains("cursor=");
    assertThat(server.requests().get(3).uri().getRawQuery()).contains("startIndex=3");
  }

  @Test
  void indexPagingStopsAtAnEmptyPageEvenIfTheTotalSaysMore() {
    server.then(
        json(200, "{}"),
        json(200, page("1,2", 100, ",\"startIndex\":1")),
        json(200, page("", 100, ",\"startIndex\":3")));

    assertThat(ids()).containsExactly("1", "2");
  }

  @Test
  void aServiceWithoutServiceProviderConfigIsAssumedToPageByIndex() {
    server.then(
        scimError(404, null, "no such endpoint"), json(200, page("1", 1, ",\"startIndex\":1")));

    assertThat(ids()).containsExactly("1");
    assertThat(server.requests().get(1).uri().getRawQuery()).contains("startIndex=1");
  }

  @Test
  void aListResponseThatIsNotOneIsAnUnexpectedResponse() {
    server.then(json(200, "{}"), json(200, "{\"Resources\":{\"not\":\"an array\"}}"));

    assertThatThrownBy(this::ids)
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class, e -> assertThat(e.httpStatus()).isEqualTo(200));
  }
}
