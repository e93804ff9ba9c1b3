package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The attributes the server, not the repository, gives a resource: {@code id}, {@code
 * meta.resourceType}, {@code meta.location} and {@code meta.version} ({@code meta.created} and
 * {@code meta.lastModified} are stored), and a user's {@code groups} (memberships, which the groups
 * hold). A filter naming one of them is never handed to a repository: the server evaluates it on
 * the resource as the client sees it, so {@code id pr}, {@code meta.resourceType eq "User"} or
 * {@code groups[value eq "..."]} give the same answer whatever the store.
 */
final class ManagedAttributes {
  private ManagedAttributes() {}

  /**
   * Whether {@code filter} names a server-managed attribute anywhere (walked without recursion).
   */
  static boolean referencedBy(Filter filter) {
    return referencedBy(filter, false);
  }

  /**
   * Whether {@code filter} names a server-managed attribute other than {@code id} when {@code
   * idAllowed}, any server-managed attribute otherwise.
   */
  static boolean referencedBy(Filter filter, boolean idAllowed) {
    return anyPath(
        filter, idAllowed ? ManagedAttributes::isManagedButId : ManagedAttributes::isManaged);
  }

  private static boolean isManaged(AttributePath path) {
    return isManaged(path, false);
  }

  private static boolean isManagedButId(AttributePath path) {
    return isManaged(path, true);
  }

  /** Whether {@code filter} names {@code groups} anywhere (walked without recursion). */
  static boolean namesGroups(Filter filter) {
    return anyPath(filter, ManagedAttributes::isGroups);
  }

  /** Whether an attribute path of {@code filter} passes {@code test} (walked without recursion). */
  private static boolean anyPath(Filter filter, Predicate<AttributePath> test) {
    if (filter instanceof Filter.Compare c) { // the usual filter: one comparison
      return test.test(c.path());
    }
    Deque<Filter> todo = new ArrayDeque<>();
    todo.push(filter);
    while (!todo.isEmpty()) {
      Filter f = todo.pop();
      if (f instanceof Filter.And and) {
        todo.push(and.left());
        todo.push(and.right());
      } else if (f instanceof Filter.Or or) {
        todo.push(or.left());
        todo.push(or.right());
      } else if (f instanceof Filter.Not not) {
        todo.push(not.filter());
      } else if (f instanceof Filter.Compare c && test.test(c.path())
          || f instanceof Filter.Present p && test.test(p.path())
          || f instanceof Filter.ValuePath v && test.test(v.path())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code path} (a {@code sortBy}) is a server-managed attribute, absent from what a
   * repository stores: resources must then be ordered as the client sees them ({@link #view}).
   */
  static boolean names(AttributePath path) {
    return isManaged(path, false);
  }

  static boolean isGroups(AttributePath path) {
    return path.attribute().equalsIgnoreCase("groups");
  }

  private static boolean isManaged(AttributePath path, boolean idAllowed) {
    String a = path.attribute();
    if (isGroups(path)) {
      return true;
    }
    if (a.equalsIgnoreCase("id")) {
      return !idAllowed || path.subAttribute() != null;
    }
    if (!a.equalsIgnoreCase("meta")) {
      return false;
    }
    String sub = path.subAttribute();
    return sub == null
        || sub.equalsIgnoreCase("resourceType")
        || sub.equalsIgnoreCase("location")
        || sub.equalsIgnoreCase("version");
  }

  /**
   * The stored resource with its server-managed attributes filled in as the client sees them (a
   * shallow copy: only {@code meta} is new).
   */
  static ObjectNode view(TypeEndpoint endpoint, StoredResource s, Exchange ex) {
    return view(endpoint, s, ex, false);
  }

  /**
   * As {@link #view(TypeEndpoint, StoredResource, Exchange)}, with a user's {@code groups} as the
   * server renders them when {@code withGroups}.
   */
  static ObjectNode view(TypeEndpoint endpoint, StoredResource s, Exchange ex, boolean withGroups) {
    ObjectNode out = ScimJson.object();
    ObjectNode meta = ScimJson.object();
    for (Map.Entry<String, JsonNode> e : s.resource().properties()) {
      if (e.getKey().equalsIgnoreCase("meta")) {
        if (e.getValue() instanceof ObjectNode stored) {
          meta.setAll(stored);
        }
      } else if (!e.getKey().equalsIgnoreCase("id")) {
        out.set(e.getKey(), e.getValue());
      }
    }
    out.put("id", s.id());
    meta.put("resourceType", endpoint.def().name());
    meta.put("location", endpoint.location(ex, s.id()));
    meta.put("version", ETags.of(s.version()));
    out.set("meta", meta);
    if (withGroups && endpoint.def().isUser()) {
      List<Membership> delivered = s.groups();
      Memberships memberships = endpoint.model().memberships();
      out.set(
          "groups",
          delivered != null ? memberships.render(ex, delivered) : memberships.groupsOf(ex, s.id()));
    }
    return out;
  }
}
