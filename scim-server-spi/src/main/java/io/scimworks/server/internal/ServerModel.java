package io.scimworks.server.internal;

import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.ServerMetrics;
import io.scimworks.server.spi.Transactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything the endpoints share: schemas, served types, options, cursors, filters. */
public final class ServerModel {
  private final SchemaRegistry registry;
  private final ServerOptions options;
  private final Map<String, TypeEndpoint> bySegment = new LinkedHashMap<>();
  private final Map<String, TypeEndpoint> byName = new LinkedHashMap<>();

  /** The endpoint of the Group type, looked up once: every rendered user asks for it. */
  private final @Nullable TypeEndpoint groups;

  private final Filters filters;
  private final Cursors cursors;
  private final Memberships memberships;
  private final ServerMetrics metrics;

  /** The model of a server with these types and repositories. */
  public ServerModel(
      SchemaRegistry registry, Map<String, Repository> repositories, ServerOptions options) {
    this(registry, repositories, options, null);
  }

  /** The model of a server whose cursors are signed with {@code cursorSecret} (or a random key). */
  public ServerModel(
      SchemaRegistry registry,
      Map<String, Repository> repositories,
      ServerOptions options,
      byte @Nullable [] cursorSecret) {
    this(registry, repositories, options, cursorSecret, ServerMetrics.NONE);
  }

  /** The model of a server that tells {@code metrics} what it did. */
  public ServerModel(
      SchemaRegistry registry,
      Map<String, Repository> repositories,
      ServerOptions options,
      byte @Nullable [] cursorSecret,
      ServerMetrics metrics) {
    this.registry = registry;
    this.metrics = metrics;
    this.options = options;
    this.filters = new Filters(options);
    this.cursors =
        cursorSecret == null
            ? new Cursors(options.cursorTimeToLive())
            : new Cursors(cursorSecret, options.cursorTimeToLive());
    for (ResourceType t : registry.resourceTypes()) {
      Repository given = repositories.get(t.name().toLowerCase(Locale.ROOT));
      if (given != null) {
        Repository repo = given.withSchema(registry, t);
        TypeEndpoint e = new TypeEndpoint(new ResourceTypeDef(t, repo), this);
        bySegment.put(e.def().segment().toLowerCase(Locale.ROOT), e);
        bySegment.putIfAbsent(e.def().segment(), e);
        byName.put(t.name().toLowerCase(Locale.ROOT), e);
      }
    }
    this.memberships = new Memberships(this);
    TypeEndpoint groups = findGroups();
    this.groups = groups;
    if (groups != null) {
      for (TypeEndpoint e : byName.values()) {
        if (e.def().isUser()) {
          e.deliverGroupsFrom(groups);
        }
      }
    }
  }

  /** The schema registry. */
  public SchemaRegistry registry() {
    return registry;
  }

  /** The options. */
  public ServerOptions options() {
    return options;
  }

  /** Who hears what the server did. */
  public ServerMetrics metrics() {
    return metrics;
  }

  /** Filter parsing and compiling. */
  public Filters filters() {
    return filters;
  }

  /** The cursor codec. */
  public Cursors cursors() {
    return cursors;
  }

  /** Referential integrity between users and groups. */
  public Memberships memberships() {
    return memberships;
  }

  /** The endpoint at a path segment such as {@code Users} (case-insensitive), or null. */
  public @Nullable TypeEndpoint bySegment(String segment) {
    TypeEndpoint e = bySegment.get(segment); // nearly always spelled as the type's endpoint is
    return e != null ? e : bySegment.get(segment.toLowerCase(Locale.ROOT));
  }

  /** The endpoint of the type named {@code name}, or null. */
  public @Nullable TypeEndpoint byName(String name) {
    return byName.get(name.toLowerCase(Locale.ROOT));
  }

  /** The endpoint of the core Group type, or null when groups are not served. */
  public @Nullable TypeEndpoint groups() {
    return groups;
  }

  private @Nullable TypeEndpoint findGroups() {
    for (TypeEndpoint e : byName.values()) {
      if (e.def().isGroup()) {
        return e;
      }
    }
    return null;
  }

  /**
   * The {@link Transactions} every served type's repository shares, or {@code null} when one of
   * them has none or they belong to different stores.
   */
  public @Nullable Transactions sharedTransactions() {
    Transactions shared = null;
    for (TypeEndpoint e : byName.values()) {
      Transactions t = e.repository().transactions();
      if (t == null || (shared != null && shared != t)) {
        return null;
      }
      shared = t;
    }
    return shared;
  }

  /** Every served type. */
  public Collection<TypeEndpoint> endpoints() {
    return byName.values();
  }

  /** The served resource types. */
  public List<ResourceType> servedTypes() {
    List<ResourceType> out = new ArrayList<>();
    byName.values().forEach(e -> out.add(e.def().type()));
    return out;
  }
}
