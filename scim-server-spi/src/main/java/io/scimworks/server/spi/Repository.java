package io.scimworks.server.spi;

import io.scimworks.core.ScimException;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Storage for one resource type, implemented by the application. Only five methods are required;
 * declare more {@link #capabilities()} to let the server push filtering, sorting, paging and PATCH
 * down, otherwise the server does them in memory.
 *
 * <p>A repository signals problems with {@link ScimException}: 404 for an unknown id, 409 {@code
 * uniqueness} for a taken unique value, 412 when {@code expectedVersion} is given and differs from
 * the stored version. Any other exception becomes a 500 that reveals nothing to the client.
 *
 * <pre>{@code
 * class Users implements Repository {
 *   final Map<String, StoredResource> rows = new ConcurrentHashMap<>();
 *   public StoredResource create(RequestContext c, ObjectNode r) {
 *     String id = UUID.randomUUID().toString();
 *     StoredResource s = new StoredResource(id, "1", r);
 *     rows.put(id, s);
 *     return s;
 *   }
 *   public StoredResource get(RequestContext c, String id) { return rows.get(id); }
 *   public StoredResource replace(RequestContext c, String id, ObjectNode r, String v) { ... }
 *   public void delete(RequestContext c, String id, String v) { rows.remove(id); }
 *   public SearchResult search(RequestContext c, SearchQuery q) {
 *     return SearchResult.of(List.copyOf(rows.values()));
 *   }
 * }
 * }</pre>
 */
public interface Repository {

  /**
   * What this repository does natively; {@link Capabilities#none()} by default.
   *
   * @return the declared capabilities, the same on every call
   */
  default Capabilities capabilities() {
    return Capabilities.none();
  }

  /**
   * Whether {@link #search} answers {@code filter} natively and exactly. The server asks about each
   * comparison ({@link Filter.Compare}), presence test ({@link Filter.Present}) and value path
   * ({@link Filter.ValuePath}) of a request's filter, combines the answers through {@code and},
   * {@code or} and {@code not}, and hands {@link #search} the largest conservative pre-filter it
   * can answer: every resource matching the whole filter matches the pre-filter. The server then
   * checks each returned resource against the whole filter and sorts and pages in memory, so {@code
   * totalResults}, order and pages stay exact. A repository with an index on {@code userName} alone
   * answers {@code userName eq "x" and title co "y"} through that index this way.
   *
   * <p>The server never asks about attributes it gives resources itself: {@code id} (unless {@link
   * #filtersOnId()}), {@code meta.resourceType}, {@code meta.location}, {@code meta.version} and a
   * user's {@code groups}; it evaluates those on the resource as the client sees it.
   *
   * <p>The default is {@link Capabilities#filtering()} for every filter.
   *
   * <pre>{@code
   * public boolean supportsFilter(Filter f) {
   *   return f instanceof Filter.Compare c
   *       && c.operator() == CompareOperator.EQ
   *       && c.path().attribute().equalsIgnoreCase("userName");
   * }
   * }</pre>
   *
   * @param filter one comparison, presence test or value path of a request's filter
   * @return {@code true} only when {@link #search} returns exactly the resources matching it
   */
  default boolean supportsFilter(Filter filter) {
    return capabilities().filtering();
  }

  /**
   * Whether {@link #supportsFilter} may be asked about comparisons on {@code id}. By default
   * (false) the server evaluates filters naming {@code id} itself, on the resource as the client
   * sees it, since the stored resource carries no {@code id}. A repository that indexes ids returns
   * true; it then receives {@code id} leaves it declared support for, and must evaluate {@link
   * SearchQuery#matcher()} on each resource with its {@code id} set (other server-managed
   * attributes, {@code meta.resourceType}, {@code meta.location}, {@code meta.version} and a user's
   * {@code groups}, always stay with the server).
   *
   * @return {@code true} when {@link #search} answers {@code id} comparisons it declares exactly
   */
  default boolean filtersOnId() {
    return false;
  }

  /**
   * Whether {@link #search} sorts by {@code sortBy} natively (then it must order resources exactly
   * as the server would: missing values last, ties in a stable order). The default is {@link
   * Capabilities#sorting()} for every attribute.
   *
   * @param sortBy the path the request sorts by, as the client wrote it
   * @return {@code true} only when {@link #search} orders by it exactly as the server would
   */
  default boolean supportsSort(AttributePath sortBy) {
    return capabilities().sorting();
  }

  /**
   * Whether {@link #search} pages by key, for RFC 9865 cursors that neither skip nor repeat
   * resources when others are created or deleted between pages. Asked only of a repository that
   * declares {@link Capabilities#paging()}, and used only for queries it answers whole (filter,
   * order and page). Such a repository:
   *
   * <ul>
   *   <li>returns, with a page after which more resources follow, {@link SearchResult#nextKey()}:
   *       the key of the page's last resource (its sort value and id, say), in a form of its own;
   *   <li>answers a query with {@link SearchQuery#after()} by the resources strictly after that key
   *       in the query's order (ties ordered by a unique, stable value such as the id), at most
   *       {@link SearchQuery#count()} of them, and still reports {@link
   *       SearchResult#totalResults()} of the whole query;
   *   <li>answers a key it cannot read with a {@link ScimException} of type {@code invalidCursor}.
   * </ul>
   *
   * <p>The server puts the key in the cursor it signs (HMAC, with an expiry, bound to the query,
   * resource type and tenant), so any server sharing the cursor secret continues it. The default is
   * {@code false}: cursors then carry the index of the next page.
   *
   * @return {@code true} when {@link #search} honours {@link SearchQuery#after()} and reports
   *     {@link SearchResult#nextKey()}
   */
  default boolean pagesByKey() {
    return false;
  }

  /**
   * The store's transactions, or {@code null} (the default) when each write stands alone.
   * Repositories that share one database return the same {@link Transactions}, so the server can
   * make a delete and its group clean-up, and each bulk operation, one transaction across them. A
   * repository that returns one must honour {@link RequestContext#transaction()} in every method,
   * reads included (a read inside a unit sees the unit's own writes), and treat a transaction of
   * another store (whose {@link Transaction#owner()} is not its own) as none.
   *
   * @return the store's transactions, shared by its repositories, or {@code null}
   */
  default @Nullable Transactions transactions() {
    return null;
  }

  /**
   * A view of this repository that delivers each resource's groups with it, so that rendering a
   * user's {@code groups} costs no extra query; {@code null} (the default) when it cannot. The
   * server asks once, for the repository of users, handing over its repository of groups; when a
   * request's attributes include {@code groups} it then reads users ({@link #get} and {@link
   * #search}) through the view, whose every {@link StoredResource} carries in {@link
   * StoredResource#groups()} the groups of {@code groups} that list the resource in {@code
   * members.value}, ordered by group id. Otherwise the view must answer exactly as this repository
   * does; the server never writes through it.
   *
   * <p>Without a view (or when a resource's {@code groups} is {@code null}) the server searches
   * {@code groups} for {@code members.value eq} the user's id, one search per rendered user. A
   * store that keeps users and groups in one database returns a view when {@code groups} is its
   * own, and fetches the memberships in the statement that reads the users.
   *
   * @param groups the repository of the server's {@code Group} type
   * @return a view delivering memberships in {@code groups}, or {@code null}
   */
  default @Nullable Repository withGroups(Repository groups) {
    return null;
  }

  /**
   * This repository as the server uses it for resources of {@code type}. The server asks once, when
   * it is built, before {@link #withGroups}, and sends every request of the type through what this
   * returns. A repository that answers more once it knows the schema returns a view that knows it
   * and shares this repository's data; the in-memory store, for one, then answers {@code attribute
   * eq "value"} from an index without reading the resources wherever the schema's {@code caseExact}
   * and type make the index's comparison exactly the filter's. The default returns this repository.
   *
   * @param registry the server's schemas; not null
   * @param type the resource type this repository stores, a type of {@code registry}
   * @return this repository, or a view of it answering exactly as it does; never null
   */
  default Repository withSchema(SchemaRegistry registry, ResourceType type) {
    return this;
  }

  /**
   * Stores a new resource and gives it an id and a first version.
   *
   * @param resource the validated resource without {@code id}
   * @param context the caller's tenant, principal and transaction; not null
   * @return the stored resource with its new id and version
   * @throws ScimException 409 {@code uniqueness} when a unique value is taken
   */
  StoredResource create(RequestContext context, ObjectNode resource);

  /**
   * The resource with this id, or {@code null}; never throws 404 itself (the server answers it).
   *
   * @param context the caller's tenant, principal and transaction; not null
   * @param id the id as the client sent it
   * @return the stored resource, or {@code null} when there is none with that id in the tenant
   */
  @Nullable StoredResource get(RequestContext context, String id);

  /**
   * Replaces a resource's attributes.
   *
   * @param expectedVersion the version the change was based on, or {@code null} to replace whatever
   *     is stored
   * @param context the caller's tenant, principal and transaction; not null
   * @param id the resource's id
   * @param resource the validated new attributes, {@code id} and {@code meta} set by the server
   * @return the stored resource with its new version
   * @throws ScimException 404 for an unknown id, 412 on a version mismatch, 409 on a uniqueness
   *     conflict
   */
  StoredResource replace(
      RequestContext context, String id, ObjectNode resource, @Nullable String expectedVersion);

  /**
   * Deletes a resource.
   *
   * @param context the caller's tenant, principal and transaction; not null
   * @param id the resource's id
   * @param expectedVersion the version the client saw, or {@code null} to delete whatever is stored
   * @throws ScimException 404 for an unknown id, 412 on a version mismatch
   */
  void delete(RequestContext context, String id, @Nullable String expectedVersion);

  /**
   * One page of resources. The query holds only what {@link #capabilities()}, {@link
   * #supportsFilter} and {@link #supportsSort} declare: its filter may be a pre-filter of the
   * request's filter (see {@link #supportsFilter}).
   *
   * @param context the caller's tenant, principal and transaction; not null
   * @param query the filter, order and page the repository declared it can answer
   * @return the page and its total; the server filters, sorts and pages further what was not pushed
   *     down
   * @throws ScimException 400 {@code invalidFilter} or {@code tooMany} when the filter cannot be
   *     answered
   */
  SearchResult search(RequestContext context, SearchQuery query);

  /**
   * Applies {@code change} to a resource atomically. Called only when {@link
   * Capabilities#patching()} is declared; otherwise the server reads, applies and replaces with the
   * read version, retrying on a concurrent change.
   *
   * @param change the change; it may throw a {@link ScimException} which must leave the resource
   *     untouched
   * @param context the caller's tenant, principal and transaction; not null
   * @param id the resource's id
   * @param expectedVersion the version the client saw, or {@code null}
   * @return the stored resource after the change, with its version
   * @throws ScimException 404 for an unknown id, 412 on a version mismatch
   * @throws UnsupportedOperationException by default, when {@link Capabilities#patching()} is not
   *     declared
   */
  default StoredResource patch(
      RequestContext context, String id, ResourceChange change, @Nullable String expectedVersion) {
    throw new UnsupportedOperationException("declare Capabilities.patching() to patch natively");
  }
}
