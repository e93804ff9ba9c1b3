package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Regression tests, through the server and its in-memory store, for the core defects of issue 8:
 * nesting limits, case folding in index, scan and uniqueness, type strictness and unknown
 * attributes.
 */
class CoreDefectsTest {
  private final Scim scim = Servers.client();

  private int total(String filter) {
    JsonNode list =
        Scim.json(scim.get("/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
    return list.get("totalResults").intValue();
  }

  @Test
  void defect6_995NestedArraysInACustomAttributeAre400AndNothingIsStored() {
    String deep = "[".repeat(995) + "]".repeat(995);
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"deep\",\"custom\":"
                + deep
                + "}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidSyntax");
    assertThat(Scim.json(scim.get("/Users")).get("totalResults").intValue()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"İ,i", "i,İ", "ſ,s", "s,ſ", "ς,σ", "Σ,ς"})
  void defect11_indexAndScanFindTheSameUsersUnderCaseFolding(String stored, String asked) {
    scim.createUser(stored);
    assertThat(total("userName eq \"" + asked + "\"")).as("through the index").isEqualTo(1);
    assertThat(total("userName eq \"" + asked + "\" or userName eq \"nobody\""))
        .as("through a scan")
        .isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"ſ,s", "s,S", "İ,i", "ς,σ"})
  void defect11_uniquenessOfUserNameUsesTheSameCaseFolding(String first, String second) {
    scim.createUser(first);
    ScimResponse r = scim.post("/Users", Scim.user(second));
    assertThat(r.status()).isEqualTo(409);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("uniqueness");
  }

  @Test
  void defect13_aNumberForUserNameIs400InvalidValue() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":5}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
  }

  @Test
  void defect13_aBareStringForEmailsIs400InvalidValue() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"a\",\"emails\":\"x@y\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
  }

  @Test
  void defect14_aPatchEmptyingUserNameIs400LikeAPutOfTheSameContent() {
    String id = scim.createUser("alice");
    ScimResponse r =
        scim.patch(
            "/Users/" + id,
            Scim.patchOp("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"\"}"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(scim.get("/Users/" + id)).get("userName").stringValue())
        .isEqualTo("alice");
  }

  @Test
  void defect15_unknownAttributesAreDroppedAlikeByPostPutPatchAndBulk() {
    String id = scim.createUser("alice");
    String unknown = ",\"shoeSize\":44}";
    String body = Scim.user("bob");
    ScimResponse post = scim.post("/Users", body.substring(0, body.length() - 1) + unknown);
    assertThat(post.status()).isEqualTo(201);
    assertThat(Scim.json(post).has("shoeSize")).isFalse();
    String alice = Scim.user("alice");
    ScimResponse put = scim.put("/Users/" + id, alice.substring(0, alice.length() - 1) + unknown);
    assertThat(put.status()).isEqualTo(200);
    assertThat(Scim.json(put).has("shoeSize")).isFalse();
    ScimResponse patch =
        scim.patch("/Users/" + id, Scim.patchOp("{\"op\":\"add\",\"value\":{\"shoeSize\":44}}"));
    assertThat(patch.status()).isIn(200, 204);
    assertThat(Scim.json(scim.get("/Users/" + id)).has("shoeSize")).isFalse();
    assertThat(total("shoeSize pr")).isZero();
  }
}
