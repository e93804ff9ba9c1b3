package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.resource.User;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.filter.Filters;
import io.scimworks.server.ServerOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Discovery against the real server, and the client adapting to what a service can do. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveDiscoveryTest {
  private LiveServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theServiceDescribesItself() {
    server =
        new LiveServer(
            ServerOptions.builder().maxBulkOperations(42).build(), UnaryOperator.identity());
    Discovery discovery = server.client().discovery();

    ServiceCapabilities caps = discovery.serviceProviderConfig();
    List<ResourceType> types = discovery.resourceTypes();
    List<Schema> schemas = discovery.schemas();

    assertThat(caps.patch()).isTrue();
    assertThat(caps.bulk().supported()).isTrue();
    assertThat(caps.bulk().maxOperations()).isEqualTo(42);
    assertThat(caps.pagination().cursor()).isTrue();
    assertThat(types).extracting(ResourceType::endpoint).contains("/Users", "/Groups");
    assertThat(schemas).extracting(Schema::id).contains(ScimUrns.CORE_USER, ScimUrns.CORE_GROUP);
  }

  @Test
  void capabilitiesAreFetchedOnceAndKept() {
    server = new LiveServer();
    ScimClient scim = server.client();

    scim.users().search().stream().count();
    scim.users().search().stream().count();

    assertThat(server.requests()).filteredOn(r -> r.contains("ServiceProviderConfig")).hasSize(1);
  }

  @Test
  void withoutPatchSupportAPatchBecomesAGetAndAGuardedPut() {
    server = new LiveServer(ServerOptions.defaults(), Decorators.withoutPatch());
    ScimClient scim = server.client();
    User alice = scim.users().create(User.builder().userName("no-patch").title("old").build());
    server.clearLog();

    User patched = scim.users().patch(alice.id()).replace("title", "new").execute().orElseThrow();

    assertThat(patched.title()).isEqualTo("new");
    assertThat(scim.users().get(alice.id()).title()).isEqualTo("new");
    assertThat(server.requests())
        .filteredOn(r -> !r.contains("ServiceProviderConfig"))
        .extracting(r -> r.substring(0, r.indexOf(' ')))
        .startsWith("GET", "PUT")
        .doesNotContain("PATCH");
  }

  @Test
  void withoutAdvertisedCursorsTheClientPagesByIndex() {
    server =
        new LiveServer(
            ServerOptions.defaults(),
            Decorators.serviceProviderConfig(c -> c.withObject("pagination").put("cursor", false)));
    ScimClient scim = server.client();
    IntStream.range(0, 5)
        .forEach(i -> scim.users().create(User.builder().userName("idx-" + i).build()));
    server.clearLog();

    assertThat(scim.users().search().filter(Filters.sw("userName", "idx-")).pageSize(2).stream())
        .hasSize(5);
    assertThat(server.requests()).noneMatch(r -> r.contains("cursor"));
    assertThat(server.requests()).anyMatch(r -> r.contains("startIndex=5"));
  }

  @Test
  void aServiceThatAdvertisesCursorsButIgnoresThemIsPagedByIndex() {
    server = new LiveServer(ServerOptions.defaults(), Decorators.ignoringCursors());
    ScimClient scim = server.client();
    IntStream.range(0, 7)
        .forEach(i -> scim.users().create(User.builder().userName("ign-" + i).build()));

    List<String> names =
        scim
            .users()
            .search()
            .filter(Filters.sw("userName", "ign-"))
            .sortBy("userName")
            .pageSize(3)
            .stream()
            .map(User::userName)
            .toList();

    assertThat(names)
        .containsExactly("ign-0", "ign-1", "ign-2", "ign-3", "ign-4", "ign-5", "ign-6");
  }

  @Test
  void withDiscoveryOffTheClientAssumesTheBasics() {
    server = new LiveServer();
    ScimClient scim = server.clientBuilder().discovery(false).build();

    scim.users().search().stream().count();

    assertThat(scim.discovery().capabilities()).isEqualTo(ServiceCapabilities.assumed());
    assertThat(server.requests()).noneMatch(r -> r.contains("ServiceProviderConfig"));
  }
}
