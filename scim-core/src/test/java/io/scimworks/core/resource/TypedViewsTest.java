package io.scimworks.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimUrns;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedViewsTest {

  @Test
  void aBuiltUserReadsBackThroughItsAccessors() {
    User u =
        User.builder()
            .userName("alice@contoso.com")
            .name(Name.of("Alice", "Smith"))
            .emails(List.of(Email.of("alice@contoso.com", "work").withPrimary(true)))
            .roles(List.of(new Role("Admin", null, "WindowsAzureActiveDirectoryRole", true)))
            .active(true)
            .enterpriseUser(
                EnterpriseUser.builder().employeeNumber("7").manager(Manager.of("m1")).build())
            .build();
    assertThat(u.userName()).isEqualTo("alice@contoso.com");
    assertThat(u.name()).contains(Name.of("Alice", "Smith"));
    assertThat(u.primaryEmail().orElseThrow().value()).isEqualTo("alice@contoso.com");
    assertThat(u.roles().get(0).isPrimary()).isTrue();
    assertThat(u.active()).isTrue();
    assertThat(u.schemas()).containsExactly(ScimUrns.CORE_USER, ScimUrns.ENTERPRISE_USER);
    assertThat(u.enterpriseUser().orElseThrow().manager()).isEqualTo(Manager.of("m1"));
  }

  @Test
  void unknownAndExtensionAttributesSurviveTypedToGenericAndBack() {
    ScimResource r =
        ScimResource.parse(
            """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:acme:2.0:User"],
             "userName": "bob", "shoeSize": 44,
             "emails": [{"value": "b@x.org", "type": "work", "verified": true}],
             "urn:acme:2.0:User": {"badge": "X1"}}
            """);
    User u = User.from(r);
    assertThat(u.toResource()).isEqualTo(r);
    User changed = u.toBuilder().displayName("Bob").build();
    assertThat(changed.attribute("shoeSize").asInt()).isEqualTo(44);
    assertThat(changed.attribute("urn:acme:2.0:User:badge").asString()).isEqualTo("X1");
    assertThat(changed.toJson().get("emails").get(0).get("verified").asBoolean()).isTrue();
  }

  @Test
  void viewsAreImmutableEvenWhenTheSourceChanges() {
    ScimResource r = ScimResource.parse("{\"userName\": \"a\"}");
    User u = User.from(r);
    r.set("userName", "b");
    u.toResource().set("userName", "c");
    assertThat(u.userName()).isEqualTo("a");
  }

  @Test
  void entraStyleStringBooleansReadAsBooleans() {
    User u =
        User.fromJson(
            "{\"active\": \"False\", \"roles\": [{\"value\": \"x\", \"primary\": \"True\"}]}");
    assertThat(u.active()).isFalse();
    assertThat(u.roles().get(0).primary()).isTrue();
  }

  @Test
  void entraManagerAsABareIdStringReadsAsAManager() {
    User u = User.fromJson("{\"" + ScimUrns.ENTERPRISE_USER + "\": {\"manager\": \"26118915\"}}");
    assertThat(u.enterpriseUser().orElseThrow().manager()).isEqualTo(Manager.of("26118915"));
  }

  @Test
  void settingTheEnterpriseExtensionKeepsItsOtherKeysAndNullRemovesIt() {
    User u =
        User.fromJson(
            "{\"schemas\": [\""
                + ScimUrns.CORE_USER
                + "\", \""
                + ScimUrns.ENTERPRISE_USER
                + "\"], \""
                + ScimUrns.ENTERPRISE_USER
                + "\": {\"department\": \"R&D\", \"x-extra\": 1}}");
    User changed =
        u.toBuilder().enterpriseUser(EnterpriseUser.builder().department("Sales").build()).build();
    assertThat(changed.attribute(ScimUrns.ENTERPRISE_USER + ":x-extra").asInt()).isEqualTo(1);
    assertThat(changed.enterpriseUser().orElseThrow().department()).isEqualTo("Sales");
    User removed = u.toBuilder().enterpriseUser(null).build();
    assertThat(removed.enterpriseUser()).isEmpty();
    assertThat(removed.schemas()).containsExactly(ScimUrns.CORE_USER);
  }

  @Test
  void groupsCarryMembers() {
    Group g =
        Group.builder()
            .displayName("Admins")
            .members(List.of(Member.of("1"), new Member("2", null, "Bob", "User")))
            .build();
    assertThat(g.members()).extracting(Member::value).containsExactly("1", "2");
    assertThat(Group.from(g.toResource())).isEqualTo(g);
    assertThat(g.schemas()).containsExactly(ScimUrns.CORE_GROUP);
  }
}
