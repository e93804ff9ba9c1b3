package io.scimworks.server.memory;

import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A thread-safe {@link Repository} in memory, one per resource type. Each tenant's data is kept
 * apart; unique attributes are enforced and indexed, so {@code userName eq "..."} is answered
 * through a hash lookup, not a scan. Writes are atomic and versioned (optimistic concurrency);
 * resources are kept as compact JSON bytes. In a server, an index that compares values as the
 * schema says ({@code caseExact} or not) answers {@code eq} alone: the matching resources are
 * handed over as their stored text, without being parsed to evaluate the filter.
 *
 * <p>A repository of users given a repository of groups of this kind, whose {@code members.value}
 * index compares as the Group schema says, delivers each user's groups with it ({@link
 * #withGroups}): rendering a user's {@code groups} is then one look-up in that index, not a search.
 *
 * <pre>{@code
 * ScimServer.builder()
 *     .users(InMemoryRepository.forUsers())
 *     .groups(InMemoryRepository.forGroups())
 *     ...
 * }</pre>
 */
public final class InMemoryRepository implements Repository {
  private static final Capabilities CAPABILITIES = new Capabilities(true, false, true, true);

  private final List<IndexSpec> indexes;
  private final Map<String, TenantStore> tenants;
  private final IndexAnswers answers;

  /** In a view that delivers memberships, where they are looked up; otherwise {@code null}. */
  private final @Nullable Groups groups;

  /**
   * A repository of groups and the position of its {@code members.value} index, which answers
   * {@code members.value eq} exactly.
   */
  private record Groups(InMemoryRepository repository, int index) {
    List<Membership> of(RequestContext context, String memberId) {
      TenantStore store = repository.tenants.get(context.tenant());
      return store == null ? List.of() : store.listing(index, memberId);
    }

    StoredResource deliver(RequestContext context, StoredResource s) {
      List<Membership> memberships = of(context, s.id());
      byte[] json = s.json();
      return json != null
          ? StoredResource.ofJson(s.id(), s.version(), json, memberships)
          : new StoredResource(s.id(), s.version(), s.resource(), memberships);
    }
  }

  private InMemoryRepository(
      List<IndexSpec> indexes,
      Map<String, TenantStore> tenants,
      IndexAnswers answers,
      @Nullable Groups groups) {
    this.indexes = List.copyOf(indexes);
    this.tenants = tenants;
    this.answers = answers;
    this.groups = groups;
  }

  /**
   * Users: unique case-insensitive {@code userName}, indexed {@code externalId}.
   *
   * @return a new, empty, thread-safe repository
   */
  public static InMemoryRepository forUsers() {
    return builder().unique("userName").index("externalId", true).build();
  }

  /**
   * Groups: unique case-insensitive {@code displayName}, indexed {@code externalId} and {@code
   * members.value}.
   *
   * @return a new, empty, thread-safe repository
   */
  public static InMemoryRepository forGroups() {
    return forGroups(true);
  }

  /**
   * Groups, with {@code displayName} unique or merely indexed.
   *
   * @param uniqueDisplayName {@code true} to answer a taken {@code displayName} with 409 {@code
   *     uniqueness}
   * @return a new, empty, thread-safe repository
   */
  public static InMemoryRepository forGroups(boolean uniqueDisplayName) {
    Builder b = builder();
    if (uniqueDisplayName) {
      b.unique("displayName");
    } else {
      b.index("displayName", false);
    }
    return b.index("externalId", true).index("members.value", false).build();
  }

  /**
   * A repository with indexes of your choice (for custom resource types).
   *
   * @return a new builder without indexes
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  /**
   * A view of this repository, sharing its data, that knows which of its indexes compare values
   * exactly as a filter on {@code type} does (same {@code caseExact}, string or reference values):
   * such an index answers {@code attribute eq "value"} alone, so the view hands the matches over as
   * their stored text without evaluating the filter on them. An index that compares more strictly
   * than the schema (case-sensitively where the schema says not {@code caseExact}) would miss
   * matches, so the view scans instead.
   *
   * @param registry the server's schemas; not null
   * @param type the resource type this repository stores
   * @return a view sharing this repository's data
   */
  @Override
  public Repository withSchema(SchemaRegistry registry, ResourceType type) {
    return new InMemoryRepository(
        indexes, tenants, IndexAnswers.of(indexes, registry, type), groups);
  }

  /**
   * A view of this repository that delivers each resource's groups with it, looked up in the {@code
   * members.value} index of {@code groups}; {@code null} unless {@code groups} is an in-memory
   * repository told its schema ({@link #withSchema}) whose {@code members.value} index compares as
   * that schema says (so that the index alone finds exactly the groups a search would).
   */
  @Override
  public @Nullable Repository withGroups(Repository groups) {
    if (this.groups != null || !(groups instanceof InMemoryRepository g) || g.groups != null) {
      return null;
    }
    for (int i = 0; i < g.indexes.size(); i++) {
      if (g.indexes.get(i).covers(TenantStore.MEMBER_VALUE)
          && g.answers.answer(i, TenantStore.MEMBER_VALUE) == IndexAnswers.Answer.EXACT) {
        return new InMemoryRepository(indexes, tenants, answers, new Groups(g, i));
      }
    }
    return null;
  }

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    return store(context).create(resource);
  }

  @Override
  public @Nullable StoredResource get(RequestContext context, String id) {
    StoredResource s = store(context).get(id);
    return s == null || groups == null ? s : groups.deliver(context, s);
  }

  @Override
  public StoredResource replace(
      RequestContext context, String id, ObjectNode resource, @Nullable String expectedVersion) {
    return store(context).replace(id, resource, expectedVersion);
  }

  @Override
  public StoredResource patch(
      RequestContext context, String id, ResourceChange change, @Nullable String expectedVersion) {
    return store(context).patch(id, change, expectedVersion);
  }

  @Override
  public void delete(RequestContext context, String id, @Nullable String expectedVersion) {
    store(context).delete(id, expectedVersion);
  }

  @Override
  public SearchResult search(RequestContext context, SearchQuery query) {
    SearchResult found = store(context).search(query, answers);
    if (groups == null || found.resources().isEmpty()) {
      return found;
    }
    List<StoredResource> page = new ArrayList<>(found.resources().size());
    for (StoredResource s : found.resources()) {
      page.add(groups.deliver(context, s));
    }
    return new SearchResult(page, found.totalResults(), found.nextKey());
  }

  private TenantStore store(RequestContext context) {
    TenantStore store = tenants.get(context.tenant()); // no capturing lambda on every read
    return store != null
        ? store
        : tenants.computeIfAbsent(context.tenant(), t -> new TenantStore(indexes));
  }

  /** Configures the indexes of an {@link InMemoryRepository}. */
  public static final class Builder {
    private final List<IndexSpec> indexes = new ArrayList<>();

    private Builder() {}

    /**
     * Makes a (top-level or {@code attribute.sub}) string attribute unique, compared
     * case-insensitively, and indexes it.
     *
     * @param attributePath an attribute path such as {@code userName} or {@code emails.value}
     * @return this builder
     */
    public Builder unique(String attributePath) {
      indexes.add(IndexSpec.parse(attributePath, false, true));
      return this;
    }

    /**
     * Indexes a string attribute so that {@code eq} on it is a lookup.
     *
     * @param caseExact should match the schema's {@code caseExact} of the attribute; in a server
     *     that says otherwise, an index that is {@code caseExact} where the schema is not is left
     *     unused (it would miss matches), and the converse only narrows the candidates
     * @param attributePath an attribute path such as {@code externalId}
     * @return this builder
     */
    public Builder index(String attributePath, boolean caseExact) {
      indexes.add(IndexSpec.parse(attributePath, caseExact, false));
      return this;
    }

    /**
     * Builds the repository; the builder stays usable.
     *
     * @return a new, empty, thread-safe repository
     */
    public InMemoryRepository build() {
      return new InMemoryRepository(
          indexes, new ConcurrentHashMap<>(), IndexAnswers.UNKNOWN_SCHEMA, null);
    }
  }
}
