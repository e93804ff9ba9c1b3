package io.scimworks.store.jdbc.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributePath;
import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** The SELECTs of a search: one page in SQL, or candidates checked in memory. */
final class Searches {
  private Searches() {}

  /** The page {@code query} asks for, with the total, entirely in SQL. */
  static SearchResult paged(Connection c, String where, List<Object> params, SearchQuery query)
      throws SQLException {
    long offset = query.startIndex() - 1L;
    int count = query.count();
    List<StoredResource> page = new ArrayList<>();
    long total = -1;
    if (count > 0) {
      String sql =
          "SELECT r.id, r.version, r.body, COUNT(*) OVER () FROM scim_resource r WHERE "
              + where
              + " ORDER BY "
              + orderBy(query)
              + (count == Integer.MAX_VALUE ? "" : " LIMIT " + count)
              + (offset > 0 ? " OFFSET " + offset : "");
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            page.add(row(rs));
            total = rs.getLong(4);
          }
        }
      }
    }
    if (total < 0 && offset == 0 && count > 0) {
      total = 0; // an empty first page: nothing matches, no second statement to count it
    }
    if (total < 0) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT COUNT(*) FROM scim_resource r WHERE " + where)) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
    }
    return new SearchResult(page, Math.max(total, page.size()));
  }

  /** Candidates from SQL, checked against the query's compiled filter, paged here. */
  static SearchResult inMemory(Connection c, String where, List<Object> params, SearchQuery query)
      throws SQLException {
    long skip = query.startIndex() - 1L;
    long total = 0;
    List<StoredResource> page = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.id, r.version, r.body FROM scim_resource r WHERE "
                + where
                + " ORDER BY "
                + orderBy(query))) {
      bind(ps, params);
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StoredResource s = row(rs);
          if (!query.matcher().matches(withId(s))) {
            continue;
          }
          total++;
          if (skip > 0) {
            skip--;
          } else if (page.size() < query.count()) {
            page.add(s);
          }
        }
      }
    }
    return new SearchResult(page, total);
  }

  /**
   * The order of a page: by a sort column ({@link #sortColumn}) when the query sorts, ties (and
   * queries without {@code sortBy}) by id, the stable order the server relies on.
   */
  static String orderBy(SearchQuery query) {
    String column = query.sortBy() == null ? null : sortColumn(query.sortBy());
    if (column == null) {
      return "r.id";
    }
    return column + (query.descending() ? " DESC" : "") + ", r.id";
  }

  /**
   * The column that orders resources exactly as the server sorts by {@code sortBy}, or {@code
   * null}. Only {@code meta.created} and {@code meta.lastModified} qualify: instants, never
   * missing. String keys do not: the server orders folded strings by UTF-16 code unit, PostgreSQL
   * by code point, and values over 250 characters are keyed by a hash.
   */
  static @Nullable String sortColumn(AttributePath sortBy) {
    if (sortBy.schemaUrn() != null || !sortBy.attribute().equalsIgnoreCase("meta")) {
      return null;
    }
    if ("created".equalsIgnoreCase(sortBy.subAttribute())) {
      return "r.created";
    }
    return "lastModified".equalsIgnoreCase(sortBy.subAttribute()) ? "r.last_modified" : null;
  }

  /** The resource with its id, which the matcher may test ({@code Repository.filtersOnId}). */
  private static ObjectNode withId(StoredResource s) {
    ObjectNode view = s.resource().objectNode();
    view.setAll(s.resource());
    view.put("id", s.id());
    return view;
  }

  private static StoredResource row(ResultSet rs) throws SQLException {
    return new StoredResource(
        rs.getString(1), Long.toString(rs.getLong(2)), ScimJson.readObject(rs.getString(3)));
  }

  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }
}
