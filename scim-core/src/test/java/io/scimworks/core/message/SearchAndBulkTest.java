package io.scimworks.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchAndBulkTest {

  @Test
  void readsTheRfcSearchRequestExample() {
    SearchRequest q =
        SearchRequest.fromJson(
            ScimJson.read(
                """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "attributes": ["displayName", "userName"],
                 "filter": "displayName sw \\"smith\\"",
                 "startIndex": 1, "count": 10}
                """));
    assertThat(q.attributes()).containsExactly("displayName", "userName");
    assertThat(q.filter()).isEqualTo("displayName sw \"smith\"");
    assertThat(q.count()).isEqualTo(10);
    assertThat(SearchRequest.fromJson(q.toJson())).isEqualTo(q);
  }

  @Test
  void acceptsCommaSeparatedAttributesAndStringNumbers() {
    SearchRequest q =
        SearchRequest.fromJson(
            ScimJson.read(
                "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                    + " \"attributes\": \"userName, emails\", \"count\": \"5\","
                    + " \"sortOrder\": \"DESCENDING\"}"));
    assertThat(q.attributes()).containsExactly("userName", "emails");
    assertThat(q.count()).isEqualTo(5);
    assertThat(q.sortOrder()).isEqualTo(SortOrder.DESCENDING);
    assertThat(q.effectiveStartIndex()).isEqualTo(1);
  }

  @Test
  void aNonNumericCountIsInvalidValueNamingIt() {
    assertThatThrownBy(
            () ->
                SearchRequest.fromJson(
                    ScimJson.read(
                        "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                            + " \"count\": \"ten\"}")))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).contains("count");
            });
  }

  @Test
  void readsAndWritesBulkRequests() {
    BulkRequest req =
        BulkRequest.fromJson(
            ScimJson.read(
                """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
                 "failOnErrors": 1,
                 "Operations": [
                   {"method": "POST", "path": "/Users", "bulkId": "qwerty",
                    "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                             "userName": "Alice"}},
                   {"method": "DELETE", "path": "/Users/b7c14771", "version": "W/\\"0ee8add0\\""}]}
                """));
    assertThat(req.failOnErrors()).isEqualTo(1);
    assertThat(req.operations())
        .extracting(BulkOperation::method)
        .containsExactly("POST", "DELETE");
    assertThat(BulkRequest.fromJson(req.toJson())).isEqualTo(req);
  }

  @Test
  void bulkResultsWriteStatusAsAStringAndEmbedErrors() {
    BulkOperation op = new BulkOperation("POST", "q1", null, "/Users", null);
    BulkResponse resp =
        new BulkResponse(
            List.of(
                new BulkOperationResult("POST", "q2", "W/\"1\"", "/Users/1", 201, null),
                BulkOperationResult.failure(
                    op, ScimException.of(io.scimworks.core.ScimType.UNIQUENESS, "taken"))));
    String json = ScimJson.write(resp.toJson());
    assertThat(json).contains("\"status\":\"201\"").contains("\"status\":\"409\"");
    assertThat(BulkResponse.fromJson(ScimJson.read(json))).isEqualTo(resp);
  }

  @Test
  void bulkMethodsAreCaseSensitiveAsHttpMethodsAre() {
    assertThatThrownBy(() -> new BulkOperation("post", "q", null, "/Users", null))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).contains("case-sensitive").contains("'post'");
            });
  }

  @Test
  void searchAndBulkRequestsMustListTheirSchema() {
    assertThatThrownBy(() -> SearchRequest.fromJson(ScimJson.read("{\"filter\": \"userName pr\"}")))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidSyntax");
              assertThat(e.detail())
                  .contains(
                      "\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"]");
            });
    assertThatThrownBy(
            () ->
                BulkRequest.fromJson(
                    ScimJson.read(
                        "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                            + " \"Operations\": []}")))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> assertThat(e.detail()).contains("makes this body a search request"));
  }

  @Test
  void aBulkRequestWithoutOperationsIsInvalidSyntax() {
    assertThatThrownBy(
            () ->
                BulkRequest.fromJson(
                    ScimJson.read(
                        "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"]}")))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
  }
}
