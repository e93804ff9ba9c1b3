package io.scimworks.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScimResourceTest {
  private static final String USER =
      """
      {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "id": "2819c223", "externalId": "bjensen", "userName": "bjensen@example.com",
       "name": {"givenName": "Barbara", "familyName": "Jensen"},
       "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                  {"value": "babs@jensen.org", "type": "home"}],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984"},
       "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z",
                "lastModified": "2011-05-13T04:42:34+02:00", "version": "W/\\"3\\""}}
      """;

  @Test
  void readsCommonAttributes() {
    ScimResource r = ScimResource.parse(USER);
    assertThat(r.id()).isEqualTo("2819c223");
    assertThat(r.externalId()).isEqualTo("bjensen");
    assertThat(r.schemas()).hasSize(2);
    assertThat(r.hasSchema(ScimUrns.ENTERPRISE_USER.toUpperCase())).isTrue();
    Meta meta = r.meta().orElseThrow();
    assertThat(meta.created()).isEqualTo(Instant.parse("2010-01-23T04:56:22Z"));
    assertThat(meta.lastModified()).isEqualTo(Instant.parse("2011-05-13T02:42:34Z"));
    assertThat(meta.version()).isEqualTo("W/\"3\"");
  }

  @Test
  void getsValuesByPathIgnoringCase() {
    ScimResource r = ScimResource.parse(USER);
    assertThat(r.getString("USERNAME")).contains("bjensen@example.com");
    assertThat(r.getString("name.GIVENNAME")).contains("Barbara");
    assertThat(r.getString(ScimUrns.CORE_USER + ":userName")).contains("bjensen@example.com");
    assertThat(r.getString(ScimUrns.ENTERPRISE_USER.toLowerCase() + ":employeeNumber"))
        .contains("701984");
    assertThat(r.get(ScimUrns.ENTERPRISE_USER).get("employeeNumber").asString())
        .isEqualTo("701984");
    assertThat(r.get("emails.value")).hasSize(2);
    assertThat(r.get("nickName")).isNull();
  }

  @Test
  void setKeepsTheExistingSpellingAndCreatesIntermediateObjects() {
    ScimResource r = ScimResource.parse(USER);
    r.set("USERNAME", "barbara");
    r.set("name.middleName", "Jane");
    r.set("addresses", List.of());
    assertThat(r.json().get("userName").asString()).isEqualTo("barbara");
    assertThat(r.json().has("USERNAME")).isFalse();
    assertThat(r.json().get("name").get("middleName").asString()).isEqualTo("Jane");
    ScimResource fresh = ScimResource.create(ScimUrns.CORE_USER);
    fresh.set("name.givenName", "Ann").set("active", true).set("x", 3);
    assertThat(fresh.toJson())
        .isEqualTo(
            "{\"schemas\":[\""
                + ScimUrns.CORE_USER
                + "\"],\"name\":{\"givenName\":\"Ann\"},\"active\":true,\"x\":3}");
  }

  @Test
  void settingAnExtensionAttributeCreatesTheExtensionAndListsItsUrn() {
    ScimResource r = ScimResource.create(ScimUrns.CORE_USER);
    r.set(ScimUrns.ENTERPRISE_USER + ":manager.value", "26118915");
    assertThat(r.schemas()).containsExactly(ScimUrns.CORE_USER, ScimUrns.ENTERPRISE_USER);
    assertThat(
            r.extension(ScimUrns.ENTERPRISE_USER)
                .orElseThrow()
                .get("manager")
                .get("value")
                .asString())
        .isEqualTo("26118915");
    r.remove(ScimUrns.ENTERPRISE_USER + ":manager");
    assertThat(r.extension(ScimUrns.ENTERPRISE_USER)).isEmpty();
    assertThat(r.schemas()).containsExactly(ScimUrns.CORE_USER);
  }

  @Test
  void settingNullRemoves() {
    ScimResource r = ScimResource.parse(USER);
    r.set("externalId", null);
    r.setMeta(null);
    assertThat(r.externalId()).isNull();
    assertThat(r.meta()).isEmpty();
  }

  @Test
  void settingASubAttributeOfAMultiValuedAttributeIsNoTarget() {
    ScimResource r = ScimResource.parse(USER);
    assertThatThrownBy(() -> r.set("emails.value", "x"))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("noTarget"));
  }

  @Test
  void aMalformedPathIsInvalidPath() {
    ScimResource r = ScimResource.parse(USER);
    assertThatThrownBy(() -> r.get("emails[type eq \"work\"]"))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
  }

  @Test
  void copyIsIndependent() {
    ScimResource r = ScimResource.parse(USER);
    ScimResource c = r.copy();
    c.set("userName", "other");
    assertThat(r.getString("userName")).contains("bjensen@example.com");
    assertThat(c).isNotEqualTo(r);
    assertThat(r.copy()).isEqualTo(r);
  }

  @Test
  void metaRoundTripsAndRejectsBadDates() {
    Meta meta =
        new Meta("User", Instant.parse("2020-01-01T00:00:00Z"), null, "/Users/1", "W/\"1\"");
    assertThat(Meta.fromJson(meta.toJson())).isEqualTo(meta);
    ScimResource r = ScimResource.parse("{\"meta\": {\"created\": \"yesterday\"}}");
    assertThatThrownBy(r::meta).isInstanceOf(ScimException.class).hasMessageContaining("created");
  }
}
