package io.scimworks.server.memory;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.server.memory.IndexAnswers.Answer;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tenant's resources of one type. Reads are lock-free; writes are serialized on this object,
 * which makes every write atomic together with its uniqueness checks and index updates.
 */
final class TenantStore {
  /** In id order, for listings and scans. */
  private final ConcurrentSkipListMap<String, Entry> rows = new ConcurrentSkipListMap<>();

  /**
   * The same entries by id, for reads of one resource: a hash look-up instead of a walk down the
   * skip list's levels (each a cache miss in a large tenant). Written after {@link #rows}, under
   * the write lock.
   */
  private final ConcurrentHashMap<String, Entry> byId = new ConcurrentHashMap<>();

  private final List<Index> indexes = new ArrayList<>();

  /**
   * Whether entries keep their {@code displayName} beside their text: in a store of groups (one
   * that indexes {@code members.value}), for the memberships {@link #listing} hands out.
   */
  private final boolean keepsDisplayNames;

  private volatile int size;
  private long sequence;

  TenantStore(List<IndexSpec> specs) {
    boolean groups = false;
    for (IndexSpec spec : specs) {
      indexes.add(new Index(spec));
      groups |= spec.covers(MEMBER_VALUE);
    }
    this.keepsDisplayNames = groups;
  }

  /** The path of a group's members' ids: the index that lists a member's groups. */
  static final AttributePath MEMBER_VALUE = AttributePath.of("members", "value");

  /**
   * A stored resource: its JSON bytes (compact), its version and, in a store that keeps them, its
   * {@code displayName} (null when it has none).
   */
  private record Entry(byte[] json, long version, @Nullable String displayName) {
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
    Entry e = byId.get(id);
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
    byId.remove(id);
    size--;
  }

  private static final SearchResult NONE = new SearchResult(List.of(), 0);

  /**
   * The resources whose index {@code index} holds {@code value}, in id order, as memberships (id
   * and display name): the groups listing a member, when {@code index} is that of {@code
   * members.value}. Each is listed only while it still holds the value ({@link #holds}).
   */
  List<Membership> listing(int index, String value) {
    Index idx = indexes.get(index);
    List<String> ids = idx.lookup(value);
    if (ids.isEmpty()) {
      return List.of(); // most users are in no group
    }
    List<Membership> out = new ArrayList<>(ids.size());
    for (String id : sorted(ids)) {
      Entry e = byId.get(id);
      if (e != null && idx.holds(value, id) && byId.get(id) == e) {
        out.add(new Membership(id, e.displayName()));
      }
    }
    return out;
  }

  private @Nullable String displayName(ObjectNode resource) {
    if (!keepsDisplayNames) {
      return null;
    }
    JsonNode name = ScimJson.getIgnoreCase(resource, "displayName");
    return name != null && name.isString() ? name.stringValue() : null;
  }

  SearchResult search(SearchQuery query, IndexAnswers answers) {
    long skip = query.startIndex() - 1L;
    if (query.filter() == null) {
      List<StoredResource> page = new ArrayList<>();
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
      return new SearchResult(page, Math.max(size, page.size()));
    }
    Lookup lookup = lookup(query.filter(), answers);
    if (lookup != null && lookup.ids().isEmpty()) {
      return NONE; // no candidate, so no match (a user in no group, looked up on every read)
    }
    Matches matches = new Matches(query, skip);
    if (lookup == null) {
      // a scan: the entries in id order, each read once (an id deleted meanwhile is not listed)
      for (Map.Entry<String, Entry> row : rows.entrySet()) {
        matches.offer(row.getKey(), row.getValue(), null);
      }
    } else {
      for (String id : lookup.ids()) {
        Entry e = byId.get(id);
        if (e != null) { // deleted since the index was read
          matches.offer(id, e, lookup);
        }
      }
    }
    return new SearchResult(matches.page, matches.total);
  }

  /** The matches of one search as they are found: their count and the page they fill. */
  private final class Matches {
    private final SearchQuery query;
    private final List<StoredResource> page = new ArrayList<>();
    private long skip;
    private long total;

    Matches(SearchQuery query, long skip) {
      this.query = query;
      this.skip = skip;
    }

    /** Counts {@code e} and puts it on the page if it matches; {@code lookup} found it, if any. */
    void offer(String id, Entry e, @Nullable Lookup lookup) {
      ObjectNode tree = null;
      if (lookup != null && lookup.exact()) {
        // the index found exactly the matches: no evaluation, and the page hands over text
        if (!holds(lookup, id, e)) {
          return;
        }
      } else {
        // parsed to be matched: the tree is what the page hands over (its text would be read again)
        tree = ScimJson.readObject(e.json());
        if (!query.matcher().matches(tree)) {
          return;
        }
      }
      total++;
      if (skip > 0) {
        skip--;
      } else if (page.size() < query.count()) {
        page.add(
            tree == null
                ? e.toStored(id)
                : new StoredResource(id, Long.toString(e.version()), tree));
      }
    }
  }

  /**
   * The ids an index narrows a filter to.
   *
   * @param exact whether they are exactly the filter's matches
   * @param value the value looked up in {@code index}
   */
  private record Lookup(Collection<String> ids, boolean exact, Index index, String value) {
    Lookup candidates() {
      return new Lookup(ids, false, index, value);
    }
  }

  /** How an index narrows {@code filter}, or {@code null} when none applies (a scan). */
  private @Nullable Lookup lookup(Filter filter, IndexAnswers answers) {
    if (filter instanceof Filter.And and) {
      for (Filter part : and.operands()) { // no recursion along a long chain
        Lookup found = lookup(part, answers);
        if (found != null) {
          return found.candidates(); // the other parts remain to be evaluated
        }
      }
      return null;
    }
    if (filter instanceof Filter.Compare c
        && c.operator() == CompareOperator.EQ
        && c.value() instanceof CompareValue.StringValue v) {
      if (v.value().isEmpty()) {
        return null; // indexes leave "" out, yet eq "" matches it: scan
      }
      for (int i = 0; i < indexes.size(); i++) {
        Index index = indexes.get(i);
        if (index.covers(c.path())) {
          Answer answer = answers.answer(i, c.path());
          if (answer != Answer.NONE) {
            List<String> ids = index.lookup(v.value());
            return new Lookup(sorted(ids), answer == Answer.EXACT, index, v.value());
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code e}, read after an exact look-up found {@code id}, holds the value it was found
   * by. Reads take no lock, so a write may have replaced the entry in between. A write takes the
   * old entry's values out of the indexes before it stores the new entry, and adds the new entry's
   * after: so while the index still maps the value to the id and the entry is still the stored one,
   * the entry holds the value.
   */
  private boolean holds(Lookup lookup, String id, Entry e) {
    return lookup.index().holds(lookup.value(), id) && byId.get(id) == e;
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
    Entry old = byId.get(id);
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
    Entry e = new Entry(ScimJson.writeBytes(resource), version, displayName(resource));
    if (rows.put(id, e) == null) {
      size++;
    }
    byId.put(id, e);
    for (Index index : indexes) {
      index.add(id, resource);
    }
    return new StoredResource(id, Long.toString(version), resource.deepCopy());
  }
}
