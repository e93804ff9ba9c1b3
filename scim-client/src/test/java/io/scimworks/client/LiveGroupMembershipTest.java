package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.Group;
import io.scimworks.core.resource.Member;
import io.scimworks.testing.ScimServerExtension;
import io.scimworks.testing.TestScimServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Membership changes of large groups against the real server: add/remove, split, never replace. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveGroupMembershipTest {
  @RegisterExtension static final ScimServerExtension SCIM = Live.server();

  private static TestScimServer server;

  @BeforeAll
  static void start(TestScimServer started) {
    server = started;
  }

  private static List<Member> members(String prefix, int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> Member.of(prefix + i)).toList();
  }

  private static Set<String> ids(Group g) {
    return g.members().stream().map(Member::value).collect(Collectors.toSet());
  }

  @Test
  void aTenThousandMemberGroupChangesByAddAndRemoveInRequestsOfTheAdvertisedSize() {
    List<ExchangeEvent> patches = new CopyOnWriteArrayList<>();
    ScimClient scim =
        Live.clientBuilder(server)
            .listener(
                new ClientListener() {
                  @Override
                  public void onExchange(ExchangeEvent e) {
                    if (e.method().equals("PATCH")) {
                      patches.add(e);
                    }
                  }
                })
            .build();
    Group before =
        scim.groups()
            .create(Group.builder().displayName("big").members(members("u", 0, 10_000)).build());
    // 300 members leave, 2,700 join: 3,000 changes, 1,000 per request as /ServiceProviderConfig
    // advertises bulk.maxOperations = 1000.
    List<Member> wanted = new ArrayList<>(members("u", 300, 10_000));
    wanted.addAll(members("n", 0, 2_700));
    Group after = before.toBuilder().members(wanted).build();

    scim.groups().changes(before, after).execute();

    assertThat(patches).hasSize(3).allSatisfy(e -> assertThat(e.status()).isBetween(200, 204));
    assertThat(patches)
        .allSatisfy(
            e ->
                assertThat(e.requestBody().orElseThrow())
                    .doesNotContain("\"replace\"")
                    .doesNotContain("\"path\":\"members\"}"));
    assertThat(patches.get(0).requestHeaders()).containsKey("If-Match");
    assertThat(ids(scim.groups().get(before.id())))
        .isEqualTo(wanted.stream().map(Member::value).collect(Collectors.toSet()));
  }

  @Test
  void aConfiguredLimitSplitsSmallerAndConcurrentAdditionsByOthersSurvive() {
    ScimClient scim = Live.clientBuilder(server).maxPatchOperations(40).build();
    Group before =
        scim.groups()
            .create(Group.builder().displayName("mid").members(members("u", 0, 100)).build());
    // Someone else adds a member after we read the group.
    scim.groups().patch(before.id()).add("members", List.of(Member.of("other").toJson())).execute();
    server.clearRequests();
    Group after = before.toBuilder().members(members("u", 50, 150)).build();

    // Unguarded (no If-Match): add/remove only touch the members that changed.
    scim.groups().patch(before.id()).operations(PatchDiff.between(before, after)).execute();

    long patches = server.requests().stream().filter(r -> r.startsWith("PATCH ")).count();
    assertThat(patches).isEqualTo(3); // 50 removes + 50 adds, 40 per request
    Set<String> expected = new HashSet<>();
    members("u", 50, 150).forEach(m -> expected.add(m.value()));
    expected.add("other");
    assertThat(ids(scim.groups().get(before.id()))).isEqualTo(expected);
  }

  @Test
  void changesIsGuardedByTheVersionReadSoAConcurrentChangeFailsWith412() {
    ScimClient scim = Live.client(server);
    Group before =
        scim.groups()
            .create(Group.builder().displayName("guarded").members(members("u", 0, 3)).build());
    scim.groups().patch(before.id()).add("members", List.of(Member.of("other").toJson())).execute();
    Group after = before.toBuilder().members(members("u", 1, 3)).build();

    assertThatThrownBy(() -> scim.groups().changes(before, after).execute())
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(412));
  }
}
