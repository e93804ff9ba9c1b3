package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A page of users who share a group renders each user's {@code groups} from the group's name. The
 * server read the whole group (every member) once per user shown: a page of 1,000 users in twelve
 * groups of 1,000 took 3.4 s on the demo server against 0.04 s for users in no group, growing with
 * page size times group size, for a plain {@code GET /Users} (groups is returned by default).
 */
class SharedGroupReadsTest {
  private final AtomicInteger groupReads = new AtomicInteger();
  private final Scim scim =
      new Scim(
          Servers.builder()
              .groups(new Counting(InMemoryRepository.forGroups(), groupReads))
              .build());

  @Test
  void aPageOfUsersInOneGroupReadsThatGroupOncePerRequest() {
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      members.add("{\"value\":\"" + scim.createUser("member" + i) + "\"}");
    }
    scim.post(
        "/Groups",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"all\","
            + "\"members\":["
            + String.join(",", members)
            + "]}");
    groupReads.set(0);

    JsonNode page = Scim.json(scim.get("/Users?count=20"));

    assertThat(page.get("Resources")).hasSize(20);
    page.get("Resources")
        .forEach(
            u -> assertThat(u.get("groups").get(0).get("display").stringValue()).isEqualTo("all"));
    assertThat(groupReads.get()).isEqualTo(1);
  }

  /** The groups' repository, counting how often a group found by a search is read. */
  private static final class Counting implements Repository {
    private final Repository inner;
    private final AtomicInteger reads;

    Counting(Repository inner, AtomicInteger reads) {
      this.inner = inner;
      this.reads = reads;
    }

    @Override
    public Capabilities capabilities() {
      return inner.capabilities();
    }

    @Override
    public boolean supportsFilter(Filter filter) {
      return inner.supportsFilter(filter);
    }

    @Override
    public boolean supportsSort(AttributePath sortBy) {
      return inner.supportsSort(sortBy);
    }

    @Override
    public Repository withSchema(SchemaRegistry registry, ResourceType type) {
      return new Counting(inner.withSchema(registry, type), reads);
    }

    @Override
    public StoredResource create(RequestContext context, ObjectNode resource) {
      return inner.create(context, resource);
    }

    @Override
    public @Nullable StoredResource get(RequestContext context, String id) {
      return inner.get(context, id);
    }

    @Override
    public StoredResource replace(
        RequestContext context, String id, ObjectNode resource, @Nullable String version) {
      return inner.replace(context, id, resource, version);
    }

    @Override
    public void delete(RequestContext context, String id, @Nullable String version) {
      inner.delete(context, id, version);
    }

    @Override
    public SearchResult search(RequestContext context, SearchQuery query) {
      SearchResult r = inner.search(context, query);
      List<StoredResource> counted = new ArrayList<>();
      for (StoredResource s : r.resources()) {
        counted.add(new StoredResource(s.id(), s.version(), new ReadCounted(s.resource(), reads)));
      }
      return new SearchResult(counted, r.totalResults());
    }
  }

  /** A group whose displayName counts its readers. */
  private static final class ReadCounted extends ObjectNode {
    private static final long serialVersionUID = 1L;
    private final transient AtomicInteger reads;

    ReadCounted(ObjectNode from, AtomicInteger reads) {
      super(ScimJson.nodes(), new LinkedHashMap<>());
      setAll(from);
      this.reads = reads;
    }

    @Override
    public @Nullable JsonNode get(String name) {
      if (name.equalsIgnoreCase("displayName")) {
        reads.incrementAndGet();
      }
      return super.get(name);
    }
  }
}
