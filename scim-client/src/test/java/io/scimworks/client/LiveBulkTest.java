package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.message.BulkOperationResult;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.core.resource.Group;
import io.scimworks.core.resource.Member;
import io.scimworks.core.resource.User;
import io.scimworks.server.ServerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.StringNode;

/** Bulk against the real server: references, splitting by count and by size, fallbacks. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveBulkTest {
  private LiveServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private ScimClient start(ServerOptions options) {
    server = new LiveServer(options, UnaryOperator.identity());
    return server.client();
  }

  private long bulkRequests() {
    return server.requests().stream().filter(r -> r.startsWith("POST /Bulk")).count();
  }

  @Test
  void operationsAreSplitByMaxOperationsAndReferencesResolveAcrossRequests() {
    ScimClient scim = start(ServerOptions.builder().maxBulkOperations(3).build());
    BulkBuilder bulk = scim.bulk();
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      users.add(bulk.create(scim.users(), User.builder().userName("bulk-" + i).build()));
    }
    String group =
        bulk.create(
            scim.groups(),
            Group.builder()
                .displayName("bulk-group")
                .members(users.stream().map(u -> Member.of(BulkBuilder.ref(u))).toList())
                .build());
    bulk.patch(
        scim.groups(),
        BulkBuilder.ref(group),
        List.of(PatchOperation.replace("displayName", StringNode.valueOf("renamed"))),
        null);

    BulkResult result = bulk.execute();

    assertThat(result.succeeded()).isTrue();
    assertThat(result.results()).hasSize(9);
    assertThat(result.requests()).isEqualTo(3);
    assertThat(bulkRequests()).isEqualTo(3);
    Group created = scim.groups().get(result.createdId(group).orElseThrow());
    assertThat(created.displayName()).isEqualTo("renamed");
    assertThat(created.members())
        .extracting(Member::value)
        .containsExactlyInAnyOrderElementsOf(
            users.stream().map(u -> result.createdId(u).orElseThrow()).toList());
  }

  @Test
  void operationsAreSplitByMaxPayloadSize() {
    ScimClient scim = start(ServerOptions.builder().maxBulkPayloadBytes(1_000).build());
    BulkBuilder bulk = scim.bulk();
    for (int i = 0; i < 20; i++) {
      bulk.create(
          scim.users(), User.builder().userName("sized-" + i).displayName("x".repeat(60)).build());
    }

    BulkResult result = bulk.execute();

    assertThat(result.succeeded()).isTrue();
    assertThat(result.requests()).isGreaterThan(1);
    assertThat(scim.users().search().filter("userName sw \"sized-\"").count()).isEqualTo(20);
  }

  @Test
  void anOperationLargerThanTheWholePayloadLimitFailsBeforeAnythingIsSent() {
    ScimClient scim = start(ServerOptions.builder().maxBulkPayloadBytes(1_000).build());
    BulkBuilder bulk = scim.bulk();
    bulk.create(
        scim.users(), User.builder().userName("huge").displayName("x".repeat(2_000)).build());

    assertThatThrownBy(bulk::execute)
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(413));
    assertThat(bulkRequests()).isZero();
  }

  @Test
  void failuresAreReportedPerOperationAndFailOnErrorsStopsTheRest() {
    ScimClient scim = start(ServerOptions.builder().maxBulkOperations(2).build());
    scim.users().create(User.builder().userName("taken").build());
    BulkBuilder bulk = scim.bulk().failOnErrors(1);
    bulk.create(scim.users(), User.builder().userName("fresh-1").build());
    bulk.create(scim.users(), User.builder().userName("taken").build());
    bulk.create(scim.users(), User.builder().userName("fresh-2").build());
    bulk.create(scim.users(), User.builder().userName("fresh-3").build());

    BulkResult result = bulk.execute();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.failures())
        .singleElement()
        .satisfies(f -> assertThat(BulkResult.error(f).status()).isEqualTo(409));
    assertThat(result.skipped()).isEqualTo(2);
    assertThat(bulkRequests()).isEqualTo(1);
  }

  @Test
  void withoutBulkSupportTheOperationsAreSentOneByOne() {
    server = new LiveServer(ServerOptions.defaults(), Decorators.withoutBulk());
    ScimClient scim = server.client();
    BulkBuilder bulk = scim.bulk();
    String alice = bulk.create(scim.users(), User.builder().userName("solo-alice").build());
    bulk.create(
        scim.groups(),
        Group.builder()
            .displayName("solo")
            .members(List.of(Member.of(BulkBuilder.ref(alice))))
            .build());

    BulkResult result = bulk.execute();

    assertThat(result.succeeded()).isTrue();
    assertThat(result.requests()).isEqualTo(2);
    assertThat(bulkRequests()).isZero();
    assertThat(result.results()).extracting(BulkOperationResult::status).containsExactly(201, 201);
    assertThat(scim.groups().findOne("displayName", "solo").orElseThrow().members())
        .extracting(Member::value)
        .containsExactly(result.createdId(alice).orElseThrow());
  }
}
