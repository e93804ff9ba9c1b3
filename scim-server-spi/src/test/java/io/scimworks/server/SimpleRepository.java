package io.scimworks.server;

import io.scimworks.core.ScimException;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The smallest compliant repository: no capabilities, so the server filters, sorts, pages and
 * patches for it. Versions are counters; a stale expected version is a 412.
 */
final class SimpleRepository implements Repository {
  private final Map<String, StoredResource> rows = new ConcurrentSkipListMap<>();

  @Override
  public StoredResource create(RequestContext c, ObjectNode r) {
    StoredResource s = new StoredResource(UUID.randomUUID().toString(), "1", r);
    rows.put(s.id(), s);
    return s;
  }

  @Override
  public StoredResource get(RequestContext c, String id) {
    return rows.get(id);
  }

  @Override
  public synchronized StoredResource replace(
      RequestContext c, String id, ObjectNode r, String expected) {
    StoredResource old = rows.get(id);
    if (old == null) {
      throw ScimException.notFound(id);
    }
    if (expected != null && !expected.equals(old.version())) {
      throw ScimException.preconditionFailed(id);
    }
    StoredResource s =
        new StoredResource(id, Integer.toString(Integer.parseInt(old.version()) + 1), r);
    rows.put(id, s);
    return s;
  }

  @Override
  public void delete(RequestContext c, String id, String expected) {
    if (rows.remove(id) == null) {
      throw ScimException.notFound(id);
    }
  }

  @Override
  public SearchResult search(RequestContext c, SearchQuery q) {
    return SearchResult.of(new ArrayList<>(rows.values()));
  }
}
