package io.scimworks.store.jdbc.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Capabilities;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import io.scimworks.server.spi.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Repository} for one resource type in the tables of the JDBC store. Every write is one
 * transaction: the row, its unique keys and its memberships change together or not at all. Changes
 * lock the row ({@code SELECT ... FOR UPDATE}) and bump its version, so concurrent PATCHes from
 * several servers serialize instead of losing updates. Inside a unit of work of the store's {@link
 * JdbcTransactions} (see {@link RequestContext#transaction()}) every call uses the unit's
 * connection, and a write is a savepoint of it.
 */
public final class JdbcRepository implements Repository {
  private static final Capabilities CAPABILITIES = new Capabilities(false, false, true, true);
  private static final String TENANT_AND_TYPE = "r.tenant = ? AND r.rtype = ?";

  private final JdbcTransactions transactions;
  private final Dialect dialect;
  private final String type;
  private final Layout layout;
  private final SqlFilter filters;
  private final Writer writer;
  private final @Nullable MembershipColumn memberships;
  private final RowReader rows;
  private final SqlMemo<String> wheres = new SqlMemo<>();
  private final SqlMemo<Searches.Shape> statements = new SqlMemo<>();

  /** A repository for {@code type}, whose schema {@code registry} knows. */
  public JdbcRepository(
      JdbcTransactions transactions,
      Dialect dialect,
      SchemaRegistry registry,
      ResourceType type,
      List<String> alsoUnique) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.type = type.name();
    this.layout = new Layout(registry, type, alsoUnique);
    this.filters = new SqlFilter(layout, dialect, registry, type);
    this.writer = new Writer(dialect, layout, this.type);
    this.memberships = null;
    this.rows = new RowReader(dialect, null);
  }

  /** {@code of}, reading each resource's memberships in groups with it. */
  private JdbcRepository(JdbcRepository of, MembershipColumn memberships) {
    this.transactions = of.transactions;
    this.dialect = of.dialect;
    this.type = of.type;
    this.layout = of.layout;
    this.filters = of.filters;
    this.writer = of.writer;
    this.memberships = memberships;
    this.rows = new RowReader(dialect, memberships);
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public boolean supportsFilter(Filter filter) {
    return filters.supports(filter);
  }

  /** Ids are a column: {@code id eq} and {@code id ne} run in SQL. */
  @Override
  public boolean filtersOnId() {
    return true;
  }

  @Override
  public boolean supportsSort(AttributePath sortBy) {
    return Order.column(sortBy, layout) != null;
  }

  /** Pages continue after the sort value and id of the last resource: see {@link Order}. */
  @Override
  public boolean pagesByKey() {
    return true;
  }

  /**
   * When {@code groups} is a repository of this store whose {@code members.value} is indexed, a
   * view whose reads fetch each resource's memberships in the same statement ({@link
   * MembershipColumn}).
   */
  @Override
  public @Nullable Repository withGroups(Repository groups) {
    if (memberships != null
        || !(groups instanceof JdbcRepository g)
        || g.transactions != transactions
        || g.memberships != null
        || g.layout.members() == null) {
      return null;
    }
    return new JdbcRepository(this, new MembershipColumn(dialect, g.type));
  }

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    ObjectNode copy = resource.deepCopy();
    String id = UUID.randomUUID().toString();
    return transactions.write(context, c -> writer.insert(c, context.tenant(), id, copy));
  }

  @Override
  public @Nullable StoredResource get(RequestContext context, String id) {
    List<Object> params = rows.params(List.of(context.tenant(), type, id));
    String sql =
        "SELECT r.id, r.version, r.body"
            + rows.columns()
            + " FROM scim_resource r WHERE r.tenant = ? AND r.rtype = ? AND r.id = ?";
    return transactions.read(
        context,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            Searches.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rows.read(rs, 4) : null;
            }
          }
        });
  }

  @Override
  public StoredResource replace(
      RequestContext context, String id, ObjectNode resource, @Nullable String expectedVersion) {
    ObjectNode copy = resource.deepCopy();
    return patch(context, id, current -> copy, expectedVersion);
  }

  @Override
  public StoredResource patch(
      RequestContext context, String id, ResourceChange change, @Nullable String expectedVersion) {
    return transactions.write(
        context,
        c -> {
          Writer.Locked row = writer.lock(c, context.tenant(), id, expectedVersion);
          ObjectNode copy = row.body().deepCopy();
          ObjectNode changed = change.applyTo(copy);
          if (changed == copy) {
            return new StoredResource(id, Long.toString(row.version()), row.body());
          }
          return writer.update(c, context.tenant(), id, row, changed);
        });
  }

  @Override
  public void delete(RequestContext context, String id, @Nullable String expectedVersion) {
    transactions.write(
        context,
        c -> {
          Writer.Locked row = writer.lock(c, context.tenant(), id, expectedVersion);
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM scim_resource WHERE pk = ?")) {
            ps.setLong(1, row.pk());
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public SearchResult search(RequestContext context, SearchQuery query) {
    List<Object> params = new ArrayList<>();
    params.add(context.tenant());
    params.add(type);
    String where = TENANT_AND_TYPE;
    boolean exact = true;
    if (query.filter() != null) {
      Cond condition = filters.translate(query.filter());
      exact = condition != null && condition.exact();
      if (condition != null) {
        where = wheres.get(condition.frag().sql(), sql -> TENANT_AND_TYPE + " AND " + sql);
        params.addAll(condition.frag().params());
      }
    }
    String condition = where;
    boolean inSql = exact;
    boolean single = query.filter() != null && filters.pinsUnique(query.filter());
    Order sorted = Order.of(query, layout);
    Order order = sorted == null ? new Order(null, false, false) : sorted;
    return transactions.read(
        context,
        c -> {
          if (!inSql) {
            // SQL narrowed to a superset: the compiled filter decides on the rows read, paging
            // happens here, so the answer is exact either way.
            return Searches.inMemory(c, rows, condition, params, query, order);
          }
          return Searches.paged(c, rows, condition, params, query, order, single, statements);
        });
  }

  /** Dialect, for tests. */
  Dialect dialect() {
    return dialect;
  }

  static ScimException notFound(String id) {
    return ScimException.notFound("Resource " + id + " not found");
  }
}
