package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.ServerMetrics;
import io.scimworks.server.spi.StoredResource;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Referential integrity between groups and their members: a user's {@code groups} is computed from
 * the groups' {@code members}, and deleting a resource removes it from every group.
 */
final class Memberships {
  private static final AttributePath MEMBER_VALUE = AttributePath.of("members", "value");

  /** A group without displayName, in {@link Exchange#groupNames()}: no stored text holds NUL. */
  private static final String NO_NAME = "\0";

  private final ServerModel model;

  Memberships(ServerModel model) {
    this.model = model;
  }

  /** The {@code groups} attribute of the user {@code userId}, searched in the groups. */
  ArrayNode groupsOf(Exchange ex, String userId) {
    ArrayNode out = ScimJson.array();
    TypeEndpoint groups = model.groups();
    if (groups == null) {
      return out;
    }
    for (StoredResource g : containing(groups, ex, userId).resources()) {
      // a group's tree holds all its members: read it once per request, not once per member shown
      String name =
          ex.groupNames().computeIfAbsent(g.id() + '\n' + g.version(), k -> displayName(g));
      add(out, ex, groups, g.id(), name.equals(NO_NAME) ? null : name);
    }
    return out;
  }

  private static String displayName(StoredResource group) {
    JsonNode name = ScimJson.getIgnoreCase(group.resource(), "displayName");
    return name != null && name.isString() ? name.stringValue() : NO_NAME;
  }

  /** The {@code groups} attribute from memberships the repository delivered with the user. */
  ArrayNode render(Exchange ex, List<Membership> memberships) {
    ArrayNode out = ScimJson.array();
    TypeEndpoint groups = model.groups();
    if (groups == null) {
      return out;
    }
    for (Membership m : memberships) {
      add(out, ex, groups, m.groupId(), m.displayName());
    }
    return out;
  }

  private static void add(
      ArrayNode out, Exchange ex, TypeEndpoint groups, String id, @Nullable String display) {
    ObjectNode ref = out.addObject();
    ref.put("value", id);
    ref.put("$ref", groups.location(ex, id));
    if (display != null) {
      ref.put("display", display);
    }
    ref.put("type", "direct");
  }

  /**
   * Removes {@code memberId} from every group that lists it. The groups are those {@code
   * members.value eq memberId} finds, and the members removed from each are those {@code value eq
   * memberId} matches, compared by the same evaluator with the schema's rules for {@code
   * members.value} ({@code caseExact} false in the core Group schema): a member the search finds is
   * a member the clean-up removes, whatever the case it was written in.
   */
  void forget(Exchange ex, String memberId) {
    TypeEndpoint groups = model.groups();
    if (groups == null) {
      return;
    }
    RequestContext ctx = groups.ctx(ex);
    Predicate<JsonNode> isMember =
        model
            .filters()
            .compileElement(
                model.registry(),
                groups.def().type(),
                AttributePath.of("members"),
                new Filter.Compare(
                    AttributePath.of("value"), CompareOperator.EQ, CompareValue.of(memberId)));
    for (StoredResource g : containing(groups, ex, memberId).resources()) {
      try {
        if (groups.repository().capabilities().patching()) {
          groups.repository().patch(ctx, g.id(), r -> without(r, isMember), null);
        } else {
          groups
              .repository()
              .replace(ctx, g.id(), without(g.resource().deepCopy(), isMember), null);
        }
      } catch (io.scimworks.core.ScimException e) {
        if (e.status() != 404) {
          throw e;
        }
      }
    }
  }

  /**
   * {@code group} without the members {@code isMember} matches (and without {@code members} when
   * none is left): a new node when one was there, {@code group} itself when none was (so the
   * repository skips the write, see {@link ResourceChange}).
   */
  private static ObjectNode without(ObjectNode group, Predicate<JsonNode> isMember) {
    JsonNode members = ScimJson.getIgnoreCase(group, "members");
    if (members == null || !members.isArray()) {
      return group;
    }
    ArrayNode kept = ScimJson.array();
    for (JsonNode m : members) {
      if (!isMember.test(m)) {
        kept.add(m);
      }
    }
    if (kept.size() == members.size()) {
      return group;
    }
    ObjectNode changed = group.deepCopy();
    String key = ScimJson.keyIgnoreCase(changed, "members");
    if (kept.isEmpty()) {
      changed.remove(key); // no values is unassigned (RFC 7643 §2.4), as PATCH and PUT leave it
    } else {
      changed.set(key, kept);
    }
    JsonNode meta = ScimJson.getIgnoreCase(changed, "meta");
    if (meta instanceof ObjectNode) {
      ((ObjectNode) meta).put("lastModified", Instant.now().toString());
    }
    return changed;
  }

  private Finder.Page containing(TypeEndpoint groups, Exchange ex, String memberId) {
    Filter f = new Filter.Compare(MEMBER_VALUE, CompareOperator.EQ, CompareValue.of(memberId));
    ResourceMatcher m = new LazyMatcher(model, groups, f);
    return Finder.find(
        groups.repository(),
        groups.ctx(ex),
        new Finder.Query(f, m, null, null, false, 0, Integer.MAX_VALUE),
        ServerMetrics.NONE);
  }

  /**
   * Compiles the filter when the first candidate is checked: most users are in no group, and a
   * repository that answers the filter from an index then never asks, so most reads of a user
   * compile nothing.
   */
  private static final class LazyMatcher implements ResourceMatcher {
    private final ServerModel model;
    private final TypeEndpoint groups;
    private final Filter filter;
    private volatile @Nullable ResourceMatcher compiled;

    LazyMatcher(ServerModel model, TypeEndpoint groups, Filter filter) {
      this.model = model;
      this.groups = groups;
      this.filter = filter;
    }

    @Override
    public boolean matches(ObjectNode resource) {
      ResourceMatcher m = compiled;
      if (m == null) {
        m = model.filters().compile(model.registry(), groups.def().type(), filter);
        compiled = m;
      }
      return m.matches(resource);
    }
  }
}
