package io.scimworks.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every value type is built the way {@code User} and {@code Group} are: builder, build, toBuilder.
 */
class ValueBuildersTest {

  @Test
  void aNameIsBuiltPartByPartAndRoundTripsThroughJson() {
    Name name =
        Name.builder()
            .givenName("Barbara")
            .familyName("Jensen")
            .honorificSuffix("III")
            .formatted("Ms. Barbara J Jensen III")
            .build();

    assertThat(name.givenName()).isEqualTo("Barbara");
    assertThat(name.middleName()).isNull();
    assertThat(Name.fromJson(name.toJson())).isEqualTo(name);
    assertThat(name.toBuilder().middleName("J").build())
        .isEqualTo(new Name("Ms. Barbara J Jensen III", "Jensen", "Barbara", "J", null, "III"));
  }

  @Test
  void multiValuedElementsAreBuiltTheSameWay() {
    Email email = Email.builder().value("bjensen@example.com").type("work").primary(true).build();
    PhoneNumber phone = PhoneNumber.builder().value("+1-555-555-8377").type("mobile").build();
    Role role = Role.builder().value("Admin").primary(true).build();
    Im im = Im.builder().value("handle").type("aim").build();
    Photo photo = Photo.builder().value("https://example.com/p.jpg").type("thumbnail").build();
    Entitlement entitlement = Entitlement.builder().value("premium").display("Premium").build();
    X509Certificate cert = X509Certificate.builder().value("MIIDQzCC").build();

    assertThat(email).isEqualTo(new Email("bjensen@example.com", null, "work", true));
    assertThat(PhoneNumber.fromJson(phone.toJson())).isEqualTo(phone);
    assertThat(Role.fromJson(role.toJson())).isEqualTo(role);
    assertThat(Im.fromJson(im.toJson())).isEqualTo(im);
    assertThat(Photo.fromJson(photo.toJson())).isEqualTo(photo);
    assertThat(Entitlement.fromJson(entitlement.toJson())).isEqualTo(entitlement);
    assertThat(X509Certificate.fromJson(cert.toJson())).isEqualTo(cert);
    assertThat(email.toBuilder().primary(null).build().primary()).isNull();
  }

  @Test
  void anAddressIsBuiltPartByPart() {
    Address address =
        Address.builder()
            .streetAddress("100 Universal City Plaza")
            .locality("Hollywood")
            .region("CA")
            .postalCode("91608")
            .country("US")
            .type("work")
            .build();

    assertThat(Address.fromJson(address.toJson())).isEqualTo(address);
    assertThat(address.toBuilder().primary(true).build().primary()).isTrue();
  }

  @Test
  void referencesAreBuiltTheSameWayAndKeepRefAsDollarRef() {
    Member member = Member.builder().value("2819c223").type("User").display("Babs").build();
    GroupRef group = GroupRef.builder().value("e9e30dba").ref("https://x/Groups/e9e30dba").build();
    Manager manager = Manager.builder().value("26118915").displayName("John Smith").build();

    assertThat(member).isEqualTo(new Member("2819c223", null, "Babs", "User"));
    assertThat(group.toJson().get("$ref").asString()).isEqualTo("https://x/Groups/e9e30dba");
    assertThat(GroupRef.fromJson(group.toJson())).isEqualTo(group);
    assertThat(Manager.fromJson(manager.toJson())).isEqualTo(manager);
    assertThat(
            Group.builder()
                .displayName("Tour Guides")
                .members(java.util.List.of(member))
                .build()
                .members())
        .containsExactly(member);
  }

  @Test
  void theEnterpriseExtensionCanBeCopiedAndChanged() {
    EnterpriseUser ext = EnterpriseUser.builder().employeeNumber("701984").build();

    assertThat(ext.toBuilder().department("Tour Operations").build())
        .isEqualTo(new EnterpriseUser("701984", null, null, null, "Tour Operations", null));
  }
}
