package io.scimworks.store.jdbc.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Repository} for one resource type in the tables of the JDBC store. Every write is one
 * transaction: the row, its unique keys and its memberships change together or not at all. Changes
 * lock the row ({@code SELECT ... FOR UPDATE}) and bump its version, so concurrent PATCHes from
 * several servers serialize instead of losing updates.
 */
public final class JdbcRepository implements Repository {
  private static final Capabilities CAPABILITIES = new Capabilities(false, false, true, true);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String type;
  private final Layout layout;
  private final SqlFilter filters;
  private final Writer writer;

  /** A repository for {@code type}, whose schema {@code registry} knows. */
  public JdbcRepository(
      DataSource dataSource,
      Dialect dialect,
      SchemaRegistry registry,
      ResourceType type,
      List<String> alsoUnique) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.type = type.name();
    this.layout = new Layout(registry, type, alsoUnique);
    this.filters = new SqlFilter(layout);
    this.writer = new Writer(dialect, layout, this.type);
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public boolean supportsFilter(Filter filter) {
    return filters.supports(filter);
  }

  @Override
  public boolean supportsSort(AttributePath sortBy) {
    return false;
  }

  @Override
  public StoredResource create(RequestContext context, ObjectNode resource) {
    ObjectNode copy = resource.deepCopy();
    String id = UUID.randomUUID().toString();
    return inTransaction(c -> writer.insert(c, context.tenant(), id, copy));
  }

  @Override
  public @Nullable StoredResource get(RequestContext context, String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT version, body FROM scim_resource WHERE tenant = ? AND rtype = ? AND id = ?")) {
      ps.setString(1, context.tenant());
      ps.setString(2, type);
      ps.setString(3, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new StoredResource(
                id, Long.toString(rs.getLong(1)), ScimJson.readObject(rs.getString(2)))
            : null;
      }
    } catch (SQLException e) {
      throw Sql.failure(e);
    }
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
    return inTransaction(
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
    inTransaction(
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
    boolean[] exact = {true};
    String where = "r.tenant = ? AND r.rtype = ?";
    if (query.filter() != null) {
      String condition = filters.translate(query.filter(), params, exact);
      if (condition != null) {
        where += " AND " + condition;
      }
    }
    try (Connection c = dataSource.getConnection()) {
      if (!exact[0]) {
        // Defensive: a filter the server did not split (direct callers). The pre-filter narrows,
        // the compiled filter decides; paging then happens here.
        return Searches.inMemory(c, where, params, query);
      }
      return Searches.paged(c, where, params, query);
    } catch (SQLException e) {
      throw Sql.failure(e);
    }
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      } finally {
        restoreAutoCommit(c);
      }
    } catch (SQLException e) {
      throw Sql.failure(e);
    }
  }

  /** Hands the connection back as it came; a broken one is discarded by the pool anyway. */
  private static void restoreAutoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // keep the exception that broke the transaction, not this one
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the pool discards it and the database rolls back
    }
  }

  /** Dialect, for tests. */
  Dialect dialect() {
    return dialect;
  }

  static ScimException notFound(String id) {
    return ScimException.notFound("Resource " + id + " not found");
  }
}
