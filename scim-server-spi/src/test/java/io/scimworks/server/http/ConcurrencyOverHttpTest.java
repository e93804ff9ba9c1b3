package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Concurrent writers over HTTP never lose an update, through each binding. */
class ConcurrencyOverHttpTest extends OverHttpSuite {
  private ExecutorService pool;

  /** Runs before {@link OverHttpSuite}'s, so the writers stop before their server. */
  @AfterEach
  void stopWriters() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Runs {@code task} on {@code threads} threads released at once; returns their results. */
  private <T> List<T> atOnce(int threads, java.util.function.IntFunction<T> task) throws Exception {
    pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int n = i;
      Callable<T> c =
          () -> {
            go.await();
            return task.apply(n);
          };
      futures.add(pool.submit(c));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(120, TimeUnit.SECONDS));
    }
    return results;
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void sixtyFourThreadsAddingDistinctMembersToOneGroupLoseNone(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String group = sut.createGroup("Everyone");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      users.add(sut.createUser("member" + i + "@example.com"));
    }

    List<Integer> statuses =
        atOnce(
            64,
            i ->
                sut.scim
                    .patch(
                        "/Groups/" + group,
                        patchOp(
                            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                                + users.get(i)
                                + "\"}]}"))
                    .status());

    assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(200, 204));
    Set<String> members = new HashSet<>();
    sut.scim
        .get("/Groups/" + group)
        .json()
        .get("members")
        .forEach(m -> members.add(m.get("value").asString()));
    assertThat(members).containsExactlyInAnyOrderElementsOf(users);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void thirtyTwoConcurrentCreatesOfOneUserNameGiveOne201AndOnly409s(BindingKind kind)
      throws Exception {
    sut = ServerUnderTest.start(kind);

    List<Integer> statuses =
        atOnce(
            32,
            i ->
                sut.scim
                    .post(
                        "/Users",
                        "{\"schemas\":[\""
                            + USER_URN
                            + "\"],\"userName\":\"race@example.com\",\"displayName\":\"try "
                            + i
                            + "\"}")
                    .status());

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s != 201).allSatisfy(s -> assertThat(s).isEqualTo(409));
    assertThat(
            sut.scim
                .get("/Users?filter=userName+eq+%22race%40example.com%22")
                .json()
                .get("totalResults")
                .intValue())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void concurrentIfMatchPatchesNeverSilentlyOverwriteEachOther(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("contended@example.com");
    String etag = sut.scim.get("/Users/" + id).header("ETag");

    List<ScimHttp.Reply> replies =
        atOnce(
            16,
            i ->
                sut.scim.send(
                    "PATCH",
                    "/Users/" + id,
                    patchOp(
                        "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"writer " + i + "\"}"),
                    Map.of("If-Match", etag)));

    List<ScimHttp.Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
    assertThat(won).as("exactly one writer based on that version wins").hasSize(1);
    assertThat(replies)
        .filteredOn(r -> r.status() != 200)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(412));
    assertThat(sut.scim.get("/Users/" + id).at("/title")).isEqualTo(won.get(0).at("/title"));
  }
}
