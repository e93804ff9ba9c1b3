package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A repository that pages by key gets back, in the next cursor request, the key it returned; one
 * that does not is asked by index as before; a query the server sorts itself pages by index.
 */
class KeyedPagingTest {

  @Test
  void aRepositoryThatPagesByKeyContinuesAfterItsKeyPastDeletesBeforeIt() {
    Users users = new Users(true);
    Scim scim = server(users);
    List<String> ids = create(scim, 5);
    JsonNode first = Scim.json(scim.get("/Users?count=2&cursor="));
    assertThat(ids(first)).isEqualTo(ids.subList(0, 2));
    // a deleted resource before the cursor: an index would now skip ids[2]
    assertThat(scim.delete("/Users/" + ids.get(0)).status()).isEqualTo(204);
    List<String> rest = walk(scim, first.get("nextCursor").stringValue(), "");
    assertThat(rest).isEqualTo(ids.subList(2, 5));
    assertThat(users.afters).containsExactly(null, ids.get(1), ids.get(3));
    assertThat(users.starts).containsOnly(1);
  }

  @Test
  void aRepositoryWithoutKeysIsAskedByIndex() {
    Users users = new Users(false);
    Scim scim = server(users);
    List<String> ids = create(scim, 5);
    assertThat(walk(scim, "", "")).isEqualTo(ids);
    assertThat(users.afters).containsOnlyNulls();
    assertThat(users.starts).containsExactly(1, 3, 5);
  }

  @Test
  void aQueryTheServerSortsItselfPagesByIndex() {
    Users users = new Users(true);
    Scim scim = server(users);
    create(scim, 5);
    List<String> walked = walk(scim, "", "&sortBy=userName&sortOrder=descending");
    assertThat(walked).hasSize(5).doesNotHaveDuplicates();
    assertThat(users.allAfters).isNotEmpty().containsOnlyNulls();
  }

  private static Scim server(Repository users) {
    return new Scim(
        ScimServer.builder()
            .users(users)
            .groups(InMemoryRepository.forGroups())
            .authenticator(BearerTokens.of(Scim.TOKEN))
            .auditListener(AuditListener.none())
            .build());
  }

  private static List<String> create(Scim scim, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(scim.createUser("keyed" + i));
    }
    return ids;
  }

  private static List<String> walk(Scim scim, String cursor, String query) {
    List<String> out = new ArrayList<>();
    String next = cursor;
    while (next != null) {
      JsonNode page = Scim.json(scim.get("/Users?count=2&cursor=" + next + query));
      out.addAll(ids(page));
      next = page.has("nextCursor") ? page.get("nextCursor").stringValue() : null;
    }
    return out;
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("Resources").forEach(r -> out.add(r.get("id").stringValue()));
    return out;
  }

  /** Users in id order (ids ascend as they are created); pages natively, by key or by index. */
  private static final class Users implements Repository {
    final Map<String, StoredResource> rows = new TreeMap<>();
    final boolean keyed;
    final List<@Nullable String> afters = new ArrayList<>();
    final List<Integer> starts = new ArrayList<>();
    final List<@Nullable String> allAfters = new ArrayList<>();

    Users(boolean keyed) {
      this.keyed = keyed;
    }

    @Override
    public Capabilities capabilities() {
      return new Capabilities(false, false, true, false);
    }

    @Override
    public boolean pagesByKey() {
      return keyed;
    }

    @Override
    public synchronized StoredResource create(RequestContext c, ObjectNode r) {
      StoredResource s = new StoredResource(String.format("u%03d", rows.size() + 1), "1", r);
      rows.put(s.id(), s);
      return s;
    }

    @Override
    public synchronized @Nullable StoredResource get(RequestContext c, String id) {
      return rows.get(id);
    }

    @Override
    public synchronized StoredResource replace(
        RequestContext c, String id, ObjectNode r, @Nullable String v) {
      StoredResource s = new StoredResource(id, "2", r);
      rows.put(id, s);
      return s;
    }

    @Override
    public synchronized void delete(RequestContext c, String id, @Nullable String v) {
      rows.remove(id);
    }

    @Override
    public synchronized SearchResult search(RequestContext c, SearchQuery q) {
      allAfters.add(q.after());
      if (q.count() != Integer.MAX_VALUE) {
        afters.add(q.after());
        starts.add(q.startIndex());
      }
      List<StoredResource> all = new ArrayList<>(rows.values());
      List<StoredResource> from = new ArrayList<>();
      int skip = q.startIndex() - 1;
      for (StoredResource s : all) {
        if (q.after() != null && s.id().compareTo(q.after()) <= 0) {
          continue;
        }
        if (skip-- > 0) {
          continue;
        }
        from.add(s);
      }
      List<StoredResource> page = from.subList(0, Math.min(q.count(), from.size()));
      String next = keyed && from.size() > page.size() ? page.get(page.size() - 1).id() : null;
      return new SearchResult(page, all.size(), next);
    }
  }
}
