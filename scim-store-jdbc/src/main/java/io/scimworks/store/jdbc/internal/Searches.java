package io.scimworks.store.jdbc.internal;

import io.scimworks.server.spi.SearchQuery;
import io.scimworks.server.spi.SearchResult;
import io.scimworks.server.spi.StoredResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SELECTs of a search: one page in SQL, or candidates checked in memory. Either way a page
 * reads one row more than it returns, to tell whether another page follows, and hands the key of
 * its last resource ({@link Order}) for a cursor to continue after it. The {@link RowReader} reads
 * each row, with its resource's groups when it selects them.
 */
final class Searches {
  private Searches() {}

  /**
   * The page {@code query} asks for, with the total, entirely in SQL. The page's statement reads
   * one row more than the page: when none follows, the total is known from the rows read (unless a
   * page past the end came back empty), so a lookup is one statement; otherwise a {@code COUNT(*)}
   * follows. (A {@code COUNT(*) OVER ()} in the page's statement would make the database read and
   * buffer every matching row, bodies included, before it can apply the {@code LIMIT}.)
   *
   * <p>When {@code single} (the condition pins a unique key: at most one row matches), the
   * statement has neither {@code ORDER BY} nor {@code LIMIT}: one row needs no order, and an {@code
   * ORDER BY r.id LIMIT n} could lead the planner, on a table whose statistics are not yet
   * gathered, to walk the id index of the whole tenant looking for that row.
   */
  static SearchResult paged(
      Connection c,
      RowReader rows,
      String where,
      List<Object> params,
      SearchQuery query,
      Order order,
      boolean single,
      SqlMemo<Shape> statements)
      throws SQLException {
    long offset = query.startIndex() - 1L;
    int count = query.count();
    List<Object> all = params;
    String condition = where;
    if (query.after() != null) {
      Frag after = order.after(query.after());
      condition += " AND " + after.sql();
      all = new ArrayList<>(params);
      all.addAll(after.params());
    }
    List<StoredResource> page = new ArrayList<>();
    String nextKey = null;
    long total = -1;
    boolean more = false;
    if (count > 0) {
      String sql =
          statements.get(
              new Shape(condition, order, single, count, offset), shape -> shape.sql(rows));
      int groupsAt = 4 + order.selectedCount();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, rows.params(all));
        try (ResultSet rs = ps.executeQuery()) {
          Object lastValue = null;
          while (rs.next()) {
            if (page.size() == count) {
              // one more row follows the page
              nextKey = order.key(lastValue, page.get(page.size() - 1).id());
              more = true;
              break;
            }
            StoredResource s = rows.read(rs, groupsAt);
            page.add(s);
            lastValue = order.sortValue(rs, 4);
          }
        }
      }
    }
    if (count > 0 && !more && query.after() == null && (offset == 0 || !page.isEmpty())) {
      total = offset + page.size(); // the last page: nothing follows it
    }
    if (total < 0) {
      total = count(c, where, params);
    }
    return new SearchResult(page, Math.max(total, page.size()), nextKey);
  }

  /**
   * What the text of a page's statement depends on, besides the repository's select list: the
   * condition's text (values are parameters), the order, and the page's bounds.
   */
  record Shape(String condition, Order order, boolean single, int count, long offset) {
    String sql(RowReader rows) {
      return "SELECT r.id, r.version, r.body"
          + order.selected()
          + rows.columns()
          + " FROM scim_resource r WHERE "
          + condition
          + (single
              ? ""
              : " ORDER BY "
                  + order.orderBy()
                  + (count == Integer.MAX_VALUE ? "" : " LIMIT " + (count + 1L)))
          + (offset > 0 ? " OFFSET " + offset : "");
    }
  }

  private static long count(Connection c, String where, List<Object> params) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM scim_resource r WHERE " + where)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Candidates from SQL, checked against the query's compiled filter, paged here. After a key, the
   * page is read past it in SQL and the total counted by a second pass over every candidate.
   */
  static SearchResult inMemory(
      Connection c,
      RowReader rows,
      String where,
      List<Object> params,
      SearchQuery query,
      Order order)
      throws SQLException {
    if (query.after() == null) {
      return scan(c, rows, where, params, query, order, query.startIndex() - 1L, true);
    }
    Frag after = order.after(query.after());
    List<Object> all = new ArrayList<>(params);
    all.addAll(after.params());
    SearchResult page = scan(c, rows, where + " AND " + after.sql(), all, query, order, 0, false);
    // counts the matches (count 0: reads no page), not the candidates
    SearchQuery matches = new SearchQuery(null, query.matcher(), null, false, 1, 0);
    SearchResult counted = scan(c, rows.withoutGroups(), where, params, matches, order, 0, true);
    return new SearchResult(
        page.resources(),
        Math.max(counted.totalResults(), page.resources().size()),
        page.nextKey());
  }

  /**
   * Reads candidates in order, keeps the matches from {@code skip} on, up to the query's count;
   * counts every match when {@code countAll}, else stops at the first match after the page.
   */
  private static SearchResult scan(
      Connection c,
      RowReader rows,
      String where,
      List<Object> params,
      SearchQuery query,
      Order order,
      long skip,
      boolean countAll)
      throws SQLException {
    long total = 0;
    List<StoredResource> page = new ArrayList<>();
    Object lastValue = null;
    String nextKey = null;
    int groupsAt = 4 + order.selectedCount();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.id, r.version, r.body"
                + order.selected()
                + rows.columns()
                + " FROM scim_resource r WHERE "
                + where
                + " ORDER BY "
                + order.orderBy())) {
      bind(ps, rows.params(params));
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StoredResource s = rows.read(rs, groupsAt);
          if (!query.matcher().matches(withId(s))) {
            continue;
          }
          total++;
          if (skip > 0) {
            skip--;
          } else if (page.size() < query.count()) {
            page.add(s);
            lastValue = order.sortValue(rs, 4);
          } else {
            if (nextKey == null && !page.isEmpty()) {
              nextKey = order.key(lastValue, page.get(page.size() - 1).id());
            }
            if (!countAll) {
              break;
            }
          }
        }
      }
    }
    return new SearchResult(page, Math.max(total, page.size()), nextKey);
  }

  /** The resource with its id, which the matcher may test ({@code Repository.filtersOnId}). */
  private static ObjectNode withId(StoredResource s) {
    ObjectNode view = s.resource().objectNode();
    view.setAll(s.resource());
    view.put("id", s.id());
    return view;
  }

  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }
}
