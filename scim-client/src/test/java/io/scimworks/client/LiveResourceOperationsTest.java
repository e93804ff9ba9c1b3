package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.resource.Email;
import io.scimworks.core.resource.Group;
import io.scimworks.core.resource.Member;
import io.scimworks.core.resource.Name;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import io.scimworks.filter.Filters;
import io.scimworks.testing.ScimServerExtension;
import io.scimworks.testing.TestScimServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every resource operation against the real server over HTTP. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveResourceOperationsTest {
  @RegisterExtension static final ScimServerExtension SCIM = Live.server();

  private static TestScimServer server;
  private static ScimClient scim;

  @BeforeAll
  static void start(TestScimServer started) {
    server = started;
    scim = Live.client(server);
  }

  private static User user(String userName) {
    return User.builder()
        .userName(userName)
        .displayName("Display " + userName)
        .name(Name.of("Given", "Family"))
        .emails(List.of(Email.of(userName + "@example.com", "work")))
        .active(true)
        .build();
  }

  @Test
  void aCreatedUserComesBackWithIdAndMetaAndCanBeReadAgain() {
    User created = scim.users().create(user("create-read"));

    assertThat(created.id()).isNotBlank();
    assertThat(created.meta()).hasValueSatisfying(m -> assertThat(m.version()).isNotBlank());
    assertThat(scim.users().get(created.id())).isEqualTo(created);
  }

  @Test
  void aDuplicateUserNameIsA409Uniqueness() {
    scim.users().create(user("duplicate"));

    assertThatThrownBy(() -> scim.users().create(user("DUPLICATE")))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.scimType()).isEqualTo("uniqueness");
            });
  }

  @Test
  void readHonoursAttributesAndExcludedAttributes() {
    User created = scim.users().create(user("projection"));

    User slim = scim.users().read(created.id()).attributes("userName").execute();
    User noEmails = scim.users().read(created.id()).excludedAttributes("emails").execute();

    assertThat(slim.userName()).isEqualTo("projection");
    assertThat(slim.displayName()).isNull();
    assertThat(noEmails.emails()).isEmpty();
    assertThat(noEmails.displayName()).isEqualTo("Display projection");
  }

  @Test
  void replaceChangesTheResource() {
    User created = scim.users().create(user("replace-me"));

    User replaced = scim.users().replace(created.toBuilder().title("Engineer").build());

    assertThat(replaced.title()).isEqualTo("Engineer");
    assertThat(scim.users().get(created.id()).title()).isEqualTo("Engineer");
  }

  @Test
  void patchAppliesOperationsIncludingValuePathsBuiltWithTheFilterDsl() {
    User created = scim.users().create(user("patch-me"));

    Optional<User> patched =
        scim.users()
            .patch(created.id())
            .replace("active", false)
            .replace(
                PatchBuilder.path("emails", Filters.eq("type", "work"), "value"), "new@example.com")
            .add(ScimUrns.ENTERPRISE_USER + ":employeeNumber", "701984")
            .remove("title")
            .execute();

    User now = scim.users().get(created.id());
    assertThat(now.active()).isFalse();
    assertThat(now.emails()).extracting(Email::value).containsExactly("new@example.com");
    assertThat(now.enterpriseUser())
        .hasValueSatisfying(e -> assertThat(e.employeeNumber()).isEqualTo("701984"));
    patched.ifPresent(p -> assertThat(p).isEqualTo(now));
  }

  @Test
  void theMinimalPatchBetweenTwoVersionsTurnsOneIntoTheOther() {
    User before = scim.users().create(user("diff-me"));
    User after =
        before.toBuilder()
            .displayName("Changed")
            .nickName("dm")
            .name(Name.of("Other", "Family"))
            .emails(List.of(Email.of("second@example.com", "home")))
            .build();

    scim.users().patch(before.id()).changes(before, after).execute();

    User now = scim.users().get(before.id());
    assertThat(now.displayName()).isEqualTo("Changed");
    assertThat(now.nickName()).isEqualTo("dm");
    assertThat(now.name()).hasValueSatisfying(n -> assertThat(n.givenName()).isEqualTo("Other"));
    assertThat(now.emails()).extracting(Email::value).containsExactly("second@example.com");
  }

  @Test
  void deleteRemovesTheResourceAndASecondDeleteIs404() {
    User created = scim.users().create(user("delete-me"));

    scim.users().delete(created.id());

    assertThatThrownBy(() -> scim.users().get(created.id()))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> scim.users().delete(created.id()))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void groupsKeepMembersInStepAndCanBeReadWithoutThem() {
    User a = scim.users().create(user("member-a"));
    User b = scim.users().create(user("member-b"));
    Group g =
        scim.groups()
            .create(
                Group.builder().displayName("Team").members(List.of(Member.of(a.id()))).build());

    scim.groups().patch(g.id()).add("members", List.of(Map.of("value", b.id()))).execute();
    scim.groups().patch(g.id()).remove("members[value eq \"" + a.id() + "\"]").execute();

    assertThat(scim.groups().get(g.id()).members())
        .extracting(Member::value)
        .containsExactly(b.id());
    assertThat(scim.groups().read(g.id()).excludedAttributes("members").execute().members())
        .isEmpty();
  }

  @Test
  void findOneMatchesCaseInsensitivelyLikeEntraAndFailsOnTwoMatches() {
    scim.users().create(user("Find.Me"));
    scim.groups().create(Group.builder().displayName("twin-a").build());
    scim.groups().create(Group.builder().displayName("twin-b").build());

    assertThat(scim.users().findOne("userName", "find.me"))
        .hasValueSatisfying(u -> assertThat(u.userName()).isEqualTo("Find.Me"));
    assertThat(scim.users().findOne("userName", "nobody-" + System.nanoTime())).isEmpty();
    assertThatThrownBy(() -> scim.groups().findOne(Filters.sw("displayName", "twin-")))
        .isInstanceOfSatisfying(
            AmbiguousMatchException.class, e -> assertThat(e.matches()).isEqualTo(2));
  }

  @Test
  void genericResourcesAndPojosWorkOnTheSameEndpoint() {
    ScimResource r = ScimResource.create(ScimUrns.CORE_USER).set("userName", "generic");
    ScimResource created = scim.resources("/Users").create(r);

    record Slim(String id, String userName) {}
    Slim slim = scim.resources("/Users", Slim.class).get(created.id());

    assertThat(slim.userName()).isEqualTo("generic");
    assertThat(slim.id()).isEqualTo(created.id());
  }

  @Test
  void asyncVariantsComplete() {
    User created = scim.users().createAsync(user("async")).join();

    assertThat(scim.users().getAsync(created.id()).join().userName()).isEqualTo("async");
    scim.users().deleteAsync(created.id()).join();
    assertThat(scim.users().findOne("userName", "async")).isEmpty();
  }
}
