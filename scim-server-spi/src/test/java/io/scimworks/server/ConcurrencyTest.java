package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConcurrencyTest {
  private final Scim scim = Servers.client();

  private static <T> List<T> race(int threads, java.util.function.IntFunction<T> task)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int n = i;
        Callable<T> c =
            () -> {
              start.await();
              return task.apply(n);
            };
        futures.add(pool.submit(c));
      }
      start.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get(60, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sixtyFourThreadsAddingDistinctMembersToOneGroupLoseNone() throws Exception {
    String group = scim.createGroup("crowd");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      users.add(scim.createUser("member" + i));
    }
    List<Integer> statuses =
        race(
            64,
            i ->
                scim.patch(
                        "/Groups/" + group,
                        Scim.patchOp(
                            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                                + users.get(i)
                                + "\"}]}"))
                    .status());
    assertThat(statuses).containsOnly(204);
    JsonNode members = Scim.json(scim.get("/Groups/" + group)).get("members");
    assertThat(members).hasSize(64);
  }

  @Test
  void thirtyTwoConcurrentCreatesOfOneUserNameGiveOne201AndConflicts() throws Exception {
    List<Integer> statuses =
        race(32, i -> scim.post("/Users", Scim.user(i % 2 == 0 ? "Same" : "same")).status());
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 409)).hasSize(31);
  }

  @Test
  void concurrentPatchesWithIfMatchNeverSilentlyOverwrite() throws Exception {
    String id = scim.createUser("contended");
    String etag = scim.get("/Users/" + id).header("ETag");
    List<Integer> statuses =
        race(
            16,
            i ->
                scim.send(
                        "PATCH",
                        "/Users/" + id,
                        Scim.patchOp(
                            "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"t" + i + "\"}"),
                        Map.of("If-Match", etag))
                    .status());
    assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 412)).hasSize(15);
  }

  @Test
  void concurrentPatchesOnARepositoryWithoutNativePatchLoseNoUpdate() throws Exception {
    Scim simple = new Scim(Servers.builder().groups(new SimpleRepository()).build());
    String group = simple.createGroup("simple");
    List<Integer> statuses =
        race(
            16,
            i ->
                simple
                    .patch(
                        "/Groups/" + group,
                        Scim.patchOp(
                            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"m"
                                + i
                                + "\"}]}"))
                    .status());
    assertThat(statuses).containsOnly(204);
    assertThat(Scim.json(simple.get("/Groups/" + group)).get("members")).hasSize(16);
  }
}
