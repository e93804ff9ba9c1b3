package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a picky client sends as search parameters (RFC 7644 §3.4.2.3, §3.4.2.4): values the RFC
 * defines a reading for are read that way, anything else is a 400 with {@code invalidValue}.
 */
class SearchParametersOverHttpTest extends OverHttpSuite {
  private static final String SEARCH =
      "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],";

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aSortOrderOtherThanAscendingOrDescendingIsInvalidValue(BindingKind kind) {
    sut = ServerUnderTest.start(kind);

    ScimHttp.Reply query = sut.scim.get("/Users?sortBy=userName&sortOrder=upwards");
    ScimHttp.Reply body =
        sut.scim.post(
            "/Users/.search", "{" + SEARCH + "\"sortBy\":\"userName\",\"sortOrder\":\"upwards\"}");
    ScimHttp.Reply notAString = sut.scim.post("/Users/.search", "{" + SEARCH + "\"sortBy\":7}");
    ScimHttp.Reply notAList =
        sut.scim.post("/.search", "{" + SEARCH + "\"attributes\":[\"userName\",1]}");
    ScimHttp.Reply anyCase = sut.scim.get("/Users?sortBy=userName&sortOrder=DESCENDING");

    for (ScimHttp.Reply r : new ScimHttp.Reply[] {query, body, notAString, notAList}) {
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.at("/scimType")).as(r.toString()).isEqualTo("invalidValue");
    }
    assertThat(anyCase.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void outOfRangePagingIsReadAsTheRfcSays(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    sut.createUser("a@example.com");
    sut.createUser("b@example.com");

    ScimHttp.Reply negativeCount = sut.scim.get("/Users?count=-1");
    ScimHttp.Reply zeroStart = sut.scim.get("/Users?startIndex=0&count=1&sortBy=userName");
    ScimHttp.Reply pastTheEnd = sut.scim.get("/Users?startIndex=5");
    ScimHttp.Reply unknownSort = sut.scim.get("/Users?sortBy=shoeSize");

    assertThat(negativeCount.at("/totalResults")).isEqualTo("2");
    assertThat(negativeCount.at("/itemsPerPage")).isEqualTo("0");
    assertThat(negativeCount.json().get("Resources")).isEmpty();
    assertThat(zeroStart.at("/startIndex")).isEqualTo("1");
    assertThat(zeroStart.at("/Resources/0/userName")).isEqualTo("a@example.com");
    assertThat(pastTheEnd.at("/totalResults")).isEqualTo("2");
    assertThat(pastTheEnd.json().get("Resources")).isEmpty();
    assertThat(unknownSort.status()).isEqualTo(200); // no value to sort by: all equal
  }
}
