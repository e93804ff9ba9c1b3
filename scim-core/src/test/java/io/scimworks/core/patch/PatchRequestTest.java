package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.filter.PatchPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

class PatchRequestTest {

  private static ScimException rejected(String body) {
    try {
      PatchRequest.fromJson(json(body));
    } catch (ScimException e) {
      return e;
    }
    throw new AssertionError("accepted: " + body);
  }

  @Test
  void readsTheRfcExample() {
    PatchRequest r =
        PatchRequest.fromJson(
            json(
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members",
                   "value":[{"display":"Babs Jensen","$ref":"https://example.com/v2/Users/2819c223","value":"2819c223"}]},
                   {"op":"remove","path":"members[value eq \\"2819c223\\"]"}]}
                """));
    assertThat(r.operations()).hasSize(2);
    assertThat(r.operations().get(0).op()).isEqualTo(PatchOp.ADD);
    assertThat(r.operations().get(1).path())
        .isEqualTo(PatchPath.parse("members[value eq \"2819c223\"]"));
    assertThat(r.operations().get(1).value()).isNull();
  }

  @Test
  void readsTheJsonTextAsReceived() {
    PatchRequest r =
        PatchRequest.fromJson(
            """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","path":"title","value":"Tour Guide"}]}""");
    assertThat(r.operations()).hasSize(1);
    assertThatThrownBy(() -> PatchRequest.fromJson("{not json")).isInstanceOf(ScimException.class);
  }

  @Test
  void entraCapitalisedOpIsReadInAnyCase() {
    PatchRequest r =
        PatchRequest.fromJson(
            json(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}"));
    assertThat(r.operations().get(0).op()).isEqualTo(PatchOp.REPLACE);
  }

  @Test
  void theOperationsMemberIsReadInAnyCase() {
    PatchRequest r =
        PatchRequest.fromJson(
            json(
                "{\"Schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"operations\":[{\"OP\":\"remove\",\"Path\":\"title\"}]}"));
    assertThat(r.operations()).containsExactly(PatchOperation.remove("title"));
  }

  @Test
  void aBlankPathCountsAsNoPath() {
    PatchRequest r =
        PatchRequest.fromJson(
            json(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"active\":false}}]}"));
    assertThat(r.operations().get(0).path()).isNull();
  }

  @Test
  void aRequestWithoutThePatchOpSchemaIsInvalidSyntax() {
    assertThat(rejected("{\"Operations\":[{\"op\":\"remove\",\"path\":\"title\"}]}").scimType())
        .isEqualTo("invalidSyntax");
    assertThat(
            rejected(
                    "{\"schemas\":[\"urn:x\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"title\"}]}")
                .scimType())
        .isEqualTo("invalidSyntax");
  }

  @Test
  void aRequestWithoutOperationsIsInvalidSyntax() {
    assertThat(
            rejected("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]}")
                .scimType())
        .isEqualTo("invalidSyntax");
    assertThat(
            rejected(
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[]}")
                .scimType())
        .isEqualTo("invalidSyntax");
  }

  @Test
  void anUnknownOpIsInvalidSyntaxNamingTheAcceptedOnes() {
    ScimException e =
        rejected(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"merge\",\"path\":\"title\"}]}");
    assertThat(e.scimType()).isEqualTo("invalidSyntax");
    assertThat(e.detail()).contains("merge").contains("add, remove or replace");
  }

  @Test
  void aPathThatIsNotAStringIsAnInvalidPath() {
    assertThat(
            rejected(
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"remove\",\"path\":7}]}")
                .scimType())
        .isEqualTo("invalidPath");
  }

  @Test
  void writesJsonThatReadsBackEqual() {
    PatchRequest r =
        PatchRequest.of(
            PatchOperation.replace("displayName", StringNode.valueOf("Ops")),
            PatchOperation.add("emails[type eq \"work\"].value", StringNode.valueOf("a@x.org")),
            PatchOperation.remove("members[value eq \"2819c223\"]"),
            PatchOperation.replace(json("{\"active\":false}")),
            PatchOperation.remove("members", json("{\"value\":\"x\"}")),
            PatchOperation.replace("active", BooleanNode.FALSE));
    assertThat(PatchRequest.fromJson(r.toJson())).isEqualTo(r);
    assertThat(r.toJson().get("Operations").get(1).get("path").stringValue())
        .isEqualTo("emails[type eq \"work\"].value");
  }

  @Test
  void aRequestNeedsAnOperation() {
    assertThatThrownBy(() -> PatchRequest.of(List.of())).isInstanceOf(ScimException.class);
  }
}
