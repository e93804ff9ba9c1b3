package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.resource.ScimResource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging against services whose paging data lies: every search either ends or fails with an {@link
 * UnexpectedResponseException}, never loops and never throws anything else. An unscripted request
 * gets a 500, so a search that would go on shows up as a failure.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LyingPagerTest extends ScriptedPagingFixture {
  private static String page(String ids, String fields) {
    StringBuilder resources = new StringBuilder();
    for (String id : ids.split(",")) {
      if (!id.isEmpty()) {
        resources.append(resources.length() == 0 ? "" : ",").append("{\"id\":\"" + id + "\"}");
      }
    }
    return "{" + fields + (fields.isEmpty() ? "" : ",") + "\"Resources\":[" + resources + "]}";
  }

  private Search<ScimResource> search() {
    return client.resources("/Users").search().pageSize(2);
  }

  private static List<String> ids(Search<ScimResource> search) {
    return search.stream().map(ScimResource::id).toList();
  }

  private List<String> queries() {
    return server.requests().stream().map(r -> r.uri().getRawQuery()).toList();
  }

  @Test
  void theSamePageForeverWithAHugeTotalEndsAfterTheFirstRepeat() {
    String same = page("1,2", "\"totalResults\":1000000000,\"startIndex\":1");
    server.then(json(200, same), json(200, same), json(200, same));

    assertThat(ids(search())).containsExactly("1", "2");
    assertThat(server.requests()).hasSize(2);
    assertThat(recorder.warnings)
        .extracting(ClientWarning::message)
        .anySatisfy(m -> assertThat(m).contains("ignores startIndex"));
  }

  @Test
  void aStartIndexThatNeverAdvancesDoesNotMakeTheClientAskForTheSamePageAgain() {
    // Every page claims to start at 1; the client counts from what it asked for.
    server.then(
        json(200, page("1,2", "\"totalResults\":5,\"startIndex\":1")),
        json(200, page("3,4", "\"totalResults\":5,\"startIndex\":1")),
        json(200, page("5", "\"totalResults\":5,\"startIndex\":1")));

    assertThat(ids(search())).containsExactly("1", "2", "3", "4", "5");
    assertThat(queries())
        .satisfiesExactly(
            q -> assertThat(q).contains("startIndex=1"),
            q -> assertThat(q).contains("startIndex=3"),
            q -> assertThat(q).contains("startIndex=5"));
    assertThat(recorder.warnings)
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("startIndex=3").contains("starts at 1"));
  }

  @Test
  void aNegativeStartIndexInAResponseDoesNotSendTheClientBackwards() {
    server.then(
        json(200, page("1,2", "\"totalResults\":3,\"startIndex\":-7")),
        json(200, page("3", "\"totalResults\":3,\"startIndex\":-7")));

    assertThat(ids(search())).containsExactly("1", "2", "3");
    assertThat(queries().get(1)).contains("startIndex=3");
  }

  @Test
  void itemsPerPageZeroWithAPositiveTotalAndNoResourcesEndsTheSearch() {
    server.then(json(200, page("", "\"totalResults\":40,\"itemsPerPage\":0,\"startIndex\":1")));

    assertThat(ids(search())).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aNegativeTotalIsReadAsZeroAndFullPagesAreStillFollowed() {
    server.then(
        json(200, page("1,2", "\"totalResults\":-5,\"startIndex\":1")),
        json(200, page("", "\"totalResults\":-5,\"startIndex\":3")),
        json(200, page("1,2", "\"totalResults\":-5,\"startIndex\":1")));

    assertThat(ids(search())).containsExactly("1", "2");
    assertThat(search().firstPage().totalResults()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"totalResults\":1e400",
        "\"totalResults\":\"abc\"",
        "\"totalResults\":{}",
        "\"totalResults\":99999999999999999999999",
        "\"totalResults\":2,\"startIndex\":1e400",
        "\"totalResults\":2,\"startIndex\":\"abc\"",
        "\"totalResults\":2,\"itemsPerPage\":[]",
        "\"totalResults\":2,\"nextCursor\":{\"a\":1}"
      })
  void paginationFieldsThatAreNotNumbersAreAnUnexpectedResponse(String fields) {
    server.then(json(200, page("1,2", fields)));

    assertThatThrownBy(() -> ids(search()))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.getMessage()).contains("not a list response");
            });
  }

  @Test
  void aNextCursorEqualToTheOneJustSentIsAnUnexpectedResponse() {
    server.then(
        json(200, page("1,2", "\"totalResults\":10,\"nextCursor\":\"c1\"")),
        json(200, page("3,4", "\"totalResults\":10,\"nextCursor\":\"c1\"")));

    assertThatThrownBy(() -> ids(search().paging(Search.Paging.CURSOR)))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.getMessage()).contains("nextCursor \"c1\", the cursor it was sent");
            });
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void cursorsThatGoRoundInACircleAreAnUnexpectedResponse() {
    server.then(
        json(200, page("1,2", "\"totalResults\":10,\"nextCursor\":\"a\"")),
        json(200, page("3,4", "\"totalResults\":10,\"nextCursor\":\"b\"")),
        json(200, page("5,6", "\"totalResults\":10,\"nextCursor\":\"a\"")));

    assertThatThrownBy(() -> ids(search().paging(Search.Paging.CURSOR)))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> assertThat(e.getMessage()).contains("nextCursor \"a\", a cursor it sent before"));
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aCursorResumedFromIsNotAcceptedAsTheNextOne() {
    server.then(json(200, page("5,6", "\"totalResults\":10,\"nextCursor\":\"saved\"")));

    assertThatThrownBy(() -> ids(search().cursor("saved")))
        .isInstanceOf(UnexpectedResponseException.class);
  }

  @Test
  void anEmptyPageEndsCursorPagingEvenWithAFreshCursor() {
    server.then(
        json(200, page("1,2", "\"totalResults\":10,\"nextCursor\":\"a\"")),
        json(200, page("", "\"totalResults\":10,\"nextCursor\":\"b\"")));

    assertThat(ids(search().paging(Search.Paging.CURSOR))).containsExactly("1", "2");
    assertThat(server.requests()).hasSize(2);
    assertThat(recorder.warnings)
        .extracting(ClientWarning::message)
        .anySatisfy(m -> assertThat(m).contains("empty page with a nextCursor"));
  }

  @Test
  void theSamePageUnderFreshCursorsEndsTheSearch() {
    server.then(
        json(200, page("1,2", "\"totalResults\":10,\"nextCursor\":\"a\"")),
        json(200, page("1,2", "\"totalResults\":10,\"nextCursor\":\"b\"")));

    assertThat(ids(search().paging(Search.Paging.CURSOR))).containsExactly("1", "2");
    assertThat(recorder.warnings)
        .extracting(ClientWarning::message)
        .anySatisfy(m -> assertThat(m).contains("for two cursors"));
  }

  @Test
  void aResourceWithoutAnIdInAPageIsAnUnexpectedResponse() {
    server.then(json(200, "{\"totalResults\":1,\"Resources\":[{\"userName\":\"x\"}]}"));

    assertThatThrownBy(() -> ids(search()))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> assertThat(e.getMessage()).contains("a resource without an id"));
  }
}
