package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 7644 §3.5.2: a PATCH operation on a {@code readOnly} attribute is 400 {@code mutability}, a
 * {@code remove} included, although the service computes those values ({@code id}, {@code meta}, a
 * user's {@code groups}) and a store may hold none of them; the resource is left as it was.
 */
class MutabilityOverHttpTest extends OverHttpSuite {

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void removingAComputedReadOnlyAttributeIs400MutabilityAndChangesNothing(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("readonly@example.com");
    String group = sut.createGroup("Read-only testers");
    scim.patch(
        "/Groups/" + group,
        patchOp("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}"));
    ScimHttp.Reply before = scim.get("/Users/" + id);

    for (String path :
        List.of(
            "id",
            "meta",
            "meta.location",
            "meta.resourceType",
            "groups",
            "groups[value eq \\\"" + group + "\\\"]",
            "groups.display")) {
      ScimHttp.Reply r =
          scim.patch("/Users/" + id, patchOp("{\"op\":\"remove\",\"path\":\"" + path + "\"}"));

      assertThat(r.status()).as(path + ": " + r).isEqualTo(400);
      assertThat(r.at("/scimType")).as(path).isEqualTo("mutability");
      assertThat(r.at("/detail")).as(path).contains("readOnly");
    }
    ScimHttp.Reply replaceId =
        scim.patch(
            "/Users/" + id, patchOp("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"mine\"}"));
    ScimHttp.Reply after = scim.get("/Users/" + id);

    assertThat(replaceId.status()).isEqualTo(400);
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    assertThat(after.json()).isEqualTo(before.json());
    assertThat(after.at("/groups/0/value")).isEqualTo(group);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aWholeResourceSentAsANoPathReplaceStillHasItsReadOnlyPartsIgnored(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("whole@example.com");
    ScimHttp.Reply before = sut.scim.get("/Users/" + id);
    String whole =
        before.body().replace("\"displayName\":\"whole@example.com\"", "\"displayName\":\"Whole\"");

    ScimHttp.Reply r =
        sut.scim.patch("/Users/" + id, patchOp("{\"op\":\"replace\",\"value\":" + whole + "}"));

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.at("/displayName")).isEqualTo("Whole");
    assertThat(r.at("/id")).isEqualTo(id);
    assertThat(r.at("/meta/created")).isEqualTo(before.at("/meta/created"));
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void schemasAndMetaAreTheServicesAndAnOktaRenameWithItsIdStillWorks(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("schemas@example.com");
    ScimHttp.Reply before = scim.get("/Users/" + id);
    for (String op :
        List.of(
            "{\"op\":\"add\",\"path\":\"schemas\",\"value\":[\""
                + ServerUnderTest.ENTERPRISE
                + "\"]}",
            "{\"op\":\"replace\",\"path\":\"schemas\",\"value\":[\""
                + ServerUnderTest.USER_URN
                + "\"]}",
            "{\"op\":\"remove\",\"path\":\"schemas\"}",
            "{\"op\":\"replace\",\"path\":\"meta.created\",\"value\":\"2020-01-01T00:00:00Z\"}")) {
      ScimHttp.Reply r = scim.patch("/Users/" + id, patchOp(op));
      assertThat(r.status()).as(op + ": " + r).isEqualTo(400);
      assertThat(r.at("/scimType")).as(op).isEqualTo("mutability");
      assertThat(r.at("/detail")).as(op).startsWith("Operations[0]");
    }
    assertThat(scim.get("/Users/" + id).header("ETag")).isEqualTo(before.header("ETag"));

    String group = sut.createGroup("Before");
    for (String sentId : List.of(group, "another-id")) {
      ScimHttp.Reply renamed =
          scim.patch(
              "/Groups/" + group,
              patchOp(
                  "{\"op\":\"replace\",\"value\":{\"id\":\""
                      + sentId
                      + "\",\"displayName\":\"After "
                      + sentId
                      + "\"}}"));
      assertThat(renamed.status()).as(renamed.toString()).isIn(200, 204);
      ScimHttp.Reply read = scim.get("/Groups/" + group);
      assertThat(read.at("/id")).isEqualTo(group);
      assertThat(read.at("/displayName")).isEqualTo("After " + sentId);
    }
    assertThat(scim.get("/Groups/another-id").status()).isEqualTo(404);
  }
}
