package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 7644 §4: the discovery endpoints filter nothing, and a request that names a filter there is
 * answered 403 so that the client cannot believe its filter held; without one they answer as
 * always, and ids match in any case.
 */
class DiscoveryFilterOverHttpTest extends OverHttpSuite {

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aFilterOnADiscoveryEndpointIs403AndTheEndpointsAnswerWithoutOne(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;

    for (String path :
        new String[] {
          "/ResourceTypes?filter=name+eq+%22User%22",
          "/Schemas?filter=id+pr",
          "/ServiceProviderConfig?filter=patch.supported+eq+true",
          "/ResourceTypes/User?filter=name+eq+%22Group%22",
          "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User?filter=id+pr&attributes=name"
        }) {
      ScimHttp.Reply r = scim.get(path);
      assertThat(r.status()).as(path + " " + r).isEqualTo(403);
      assertThat(r.at("/schemas/0")).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
      assertThat(r.at("/detail")).contains("RFC 7644 §4");
    }
    assertThat(scim.get("/ResourceTypes").at("/totalResults")).isEqualTo("2");
    assertThat(scim.get("/ResourceTypes/uSeR").at("/id")).isEqualTo("User");
    assertThat(scim.get("/Schemas/URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:GROUP").at("/id"))
        .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:Group");
    // filtering, sorting and paging are ignored (RFC 7644 §4): the list holds every schema
    assertThat(scim.get("/Schemas?startIndex=2&count=1").at("/itemsPerPage")).isEqualTo("3");
  }
}
