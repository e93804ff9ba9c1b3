package io.scimworks.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListResponseTest {

  @Test
  void anEmptyResponseStillWritesResourcesAndPagingFields() {
    assertThat(ScimJson.write(ListResponse.empty().toJson()))
        .isEqualTo(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
                + "\"totalResults\":0,\"itemsPerPage\":0,\"startIndex\":1,\"Resources\":[]}");
  }

  @Test
  void readsResourcesInAnyCaseAndNumbersAsStrings() {
    ListResponse r =
        ListResponse.fromJson(
            ScimJson.read(
                "{\"totalResults\": \"2\", \"startIndex\": 1, \"resources\": "
                    + "[{\"userName\": \"a\"}, {\"userName\": \"b\"}]}"));
    assertThat(r.totalResults()).isEqualTo(2);
    assertThat(r.map(User::from)).extracting(User::userName).containsExactly("a", "b");
  }

  @Test
  void cursorPagesWriteCursorsAndNoStartIndex() {
    ListResponse page =
        new ListResponse(
            10, null, 1, List.of(ScimResource.parse("{\"id\":\"1\"}")), "YkU3OF86Pz0", null);
    String json = ScimJson.write(page.toJson());
    assertThat(json).contains("\"nextCursor\":\"YkU3OF86Pz0\"").doesNotContain("startIndex");
    assertThat(ListResponse.fromJson(page.toJson())).isEqualTo(page);
  }

  @Test
  void roundTrips() {
    ListResponse page = ListResponse.of(List.of(ScimResource.parse("{\"id\":\"1\"}")), 5, 3);
    assertThat(ListResponse.fromJson(ScimJson.read(ScimJson.write(page.toJson())))).isEqualTo(page);
  }
}
