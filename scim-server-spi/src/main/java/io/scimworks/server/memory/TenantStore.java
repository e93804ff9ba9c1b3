package io.scimworks.server.memory;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tenant's resources of one type. Reads are lock-free; writes are serialized on this object,
 * which makes every write atomic together with its uniqueness checks and index updates.
 */
final class TenantStore {
  private final ConcurrentSkipListMap<String, Entry> rows = new ConcurrentSkipListMap<>();
  private final List<Index> indexes = new ArrayList<>();
  private volatile int size;
  private long sequence;

  TenantStore(List<IndexSpec> specs) {
    for (IndexSpec spec : specs) {
      indexes.add(new Index(spec));
    }
  }

  /** A stored resource: its JSON bytes (compact) and its version. */
  private record Entry(byte[] json, long version) {
    StoredResource toStored(String id) {
      return StoredResource.ofJson(id, Long.toString(version), json, null);
    }
  }

  synchronized StoredResource create(ObjectNode resource) {
    checkUnique(resource, null);
    String id = UUID.randomUUID().toString();
    return put(id, resource);
  }

  @Nullable StoredResource get(String id) {
    Entry e = rows.get(id);
    return e == null ? null : e.toStored(id);
  }

  synchronized StoredResource replace(String id, ObjectNode resource, @Nullable String expected) {
    Entry old = existing(id, expected);
    checkUnique(resource, id);
    unindex(id, old);
    return put(id, resource);
  }

  synchronized StoredResource patch(String id, ResourceChange change, @Nullable String expected) {
    Entry old = existing(id, expected);
    ObjectNode copy = ScimJson.readObject(old.json());
    ObjectNode changed = change.applyTo(copy);
    if (changed == copy) {
      return old.toStored(id); // nothing changed: no write, same version
    }
    checkUnique(changed, id);
    unindex(id, old);
    return put(id, changed);
  }

  synchronized void delete(String id, @Nullable String expected) {
    Entry old = existing(id, expected);
    unindex(id, old);
    rows.remove(id);
    size--;
  }

  SearchResult search(SearchQuery query) {
    Collection<String> candidates = query.filter() == null ? null : indexed(query.filter());
    List<StoredResource> page = new ArrayList<>();
    long skip = query.startIndex() - 1L;
    long total = 0;
    if (candidates == null && query.filter() == null) {
      total = size;
      for (Map.Entry<String, Entry> e : rows.entrySet()) {
        if (page.size() >= query.count()) {
          break;
        }
        if (skip > 0) {
          skip--;
        } else {
          page.add(e.getValue().toStored(e.getKey()));
        }
      }
      return new SearchResult(page, Math.max(total, page.size()));
    }
    Iterable<String> ids = candidates != null ? candidates : rows.keySet();
    for (String id : ids) {
      Entry e = rows.get(id);
      if (e == null) {
        continue;
      }
      // parsed to be matched: the tree is what the page hands over (its text would be read again)
      ObjectNode tree = ScimJson.readObject(e.json());
      if (!query.matcher().matches(tree)) {
        continue;
      }
      total++;
      if (skip > 0) {
        skip--;
      } else if (page.size() < query.count()) {
        page.add(new StoredResource(id, Long.toString(e.version()), tree));
      }
    }
    return new SearchResult(page, total);
  }

  /** The ids an index narrows {@code filter} to, or {@code null} when no index applies. */
  private @Nullable Collection<String> indexed(Filter filter) {
    if (filter instanceof Filter.And) {
      for (Filter part : ((Filter.And) filter).operands()) { // no recursion along a long chain
        Collection<String> ids = indexed(part);
        if (ids != null) {
          return ids;
        }
      }
      return null;
    }
    if (filter instanceof Filter.Compare) {
      Filter.Compare c = (Filter.Compare) filter;
      if (c.operator() == CompareOperator.EQ && c.value() instanceof CompareValue.StringValue) {
        String value = ((CompareValue.StringValue) c.value()).value();
        if (value.isEmpty()) {
          return null; // indexes leave "" out, yet eq "" matches it: scan
        }
        for (Index index : indexes) {
          if (index.spec().covers(c.path())) {
            // Candidates only: the matcher then checks each one with the schema's rules.
            return sorted(index.lookup(value));
          }
        }
      }
    }
    return null;
  }

  private static Collection<String> sorted(List<String> ids) {
    if (ids.size() <= 1) {
      return ids;
    }
    List<String> s = new ArrayList<>(ids);
    s.sort(null);
    return s;
  }

  private Entry existing(String id, @Nullable String expected) {
    Entry old = rows.get(id);
    if (old == null) {
      throw ScimException.notFound("Resource " + id + " not found");
    }
    if (expected != null && !expected.equals(Long.toString(old.version()))) {
      throw ScimException.preconditionFailed("Resource " + id + " was changed in the meantime");
    }
    return old;
  }

  private void checkUnique(ObjectNode resource, @Nullable String self) {
    for (Index index : indexes) {
      if (index.spec().unique()) {
        String taken = index.conflict(resource, self);
        if (taken != null) {
          throw ScimException.of(
              ScimType.UNIQUENESS, index.spec().name() + " '" + taken + "' is already taken");
        }
      }
    }
  }

  private void unindex(String id, Entry old) {
    ObjectNode before = ScimJson.readObject(old.json());
    for (Index index : indexes) {
      index.remove(id, before);
    }
  }

  private StoredResource put(String id, ObjectNode resource) {
    long version = ++sequence;
    Entry e = new Entry(ScimJson.writeBytes(resource), version);
    if (rows.put(id, e) == null) {
      size++;
    }
    for (Index index : indexes) {
      index.add(id, resource);
    }
    return new StoredResource(id, Long.toString(version), resource.deepCopy());
  }
}
