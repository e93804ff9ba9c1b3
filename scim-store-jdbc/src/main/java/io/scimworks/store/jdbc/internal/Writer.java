package io.scimworks.store.jdbc.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.spi.IndexedAttribute;
import io.scimworks.server.spi.StorageErrors;
import io.scimworks.server.spi.StoredResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** The statements that write a resource with its unique keys and memberships. */
final class Writer {
  private final Dialect dialect;
  private final Layout layout;
  private final String type;

  Writer(Dialect dialect, Layout layout, String type) {
    this.dialect = dialect;
    this.layout = layout;
    this.type = type;
  }

  /** A row locked for a change. */
  record Locked(long pk, long version, ObjectNode body) {}

  StoredResource insert(Connection c, String tenant, String id, ObjectNode resource)
      throws SQLException {
    OffsetDateTime[] stamps = Layout.stamps(resource);
    List<@Nullable String> columns = layout.columnValues(resource);
    List<@Nullable String> sorts = layout.sortValues(resource);
    long pk;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO scim_resource (tenant, rtype, id, external_id, user_name, display_name,"
                + " external_id_sort, user_name_sort, display_name_sort, group_display,"
                + " version, created, last_modified, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, "
                + dialect.bodyParameter()
                + ")",
            new String[] {"pk"})) {
      ps.setString(1, tenant);
      ps.setString(2, type);
      ps.setString(3, id);
      ps.setString(4, columns.get(0));
      ps.setString(5, columns.get(1));
      ps.setString(6, columns.get(2));
      ps.setString(7, sorts.get(0));
      ps.setString(8, sorts.get(1));
      ps.setString(9, sorts.get(2));
      ps.setString(10, layout.groupDisplayOf(resource));
      ps.setObject(11, stamps[0]);
      ps.setObject(12, stamps[1]);
      ps.setString(13, ScimJson.write(resource));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        pk = keys.getLong(1);
      }
    }
    writeIndexes(c, tenant, pk, resource);
    return new StoredResource(id, "1", resource);
  }

  /**
   * Locks the row of {@code id} for this transaction.
   *
   * @throws io.scimworks.core.ScimException 404 when there is none, 412 when its version is not
   *     {@code expected}
   */
  Locked lock(Connection c, String tenant, String id, @Nullable String expected)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT pk, version, body FROM scim_resource"
                + " WHERE tenant = ? AND rtype = ? AND id = ? FOR UPDATE")) {
      ps.setString(1, tenant);
      ps.setString(2, type);
      ps.setString(3, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw StorageErrors.notUpdated(id, false);
        }
        Locked row = new Locked(rs.getLong(1), rs.getLong(2), RowReader.body(dialect, rs, 3));
        if (expected != null && !expected.equals(Long.toString(row.version()))) {
          throw StorageErrors.notUpdated(id, true);
        }
        return row;
      }
    }
  }

  /** Writes a changed resource over a locked row, with the next version. */
  StoredResource update(Connection c, String tenant, String id, Locked row, ObjectNode resource)
      throws SQLException {
    OffsetDateTime[] stamps = Layout.stamps(resource);
    List<@Nullable String> columns = layout.columnValues(resource);
    List<@Nullable String> sorts = layout.sortValues(resource);
    long version = row.version() + 1;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE scim_resource SET external_id = ?, user_name = ?, display_name = ?,"
                + " external_id_sort = ?, user_name_sort = ?, display_name_sort = ?,"
                + " group_display = ?, version = ?, created = ?, last_modified = ?, body = "
                + dialect.bodyParameter()
                + " WHERE pk = ? AND version = ?")) {
      ps.setString(1, columns.get(0));
      ps.setString(2, columns.get(1));
      ps.setString(3, columns.get(2));
      ps.setString(4, sorts.get(0));
      ps.setString(5, sorts.get(1));
      ps.setString(6, sorts.get(2));
      ps.setString(7, layout.groupDisplayOf(resource));
      ps.setLong(8, version);
      ps.setObject(9, stamps[0]);
      ps.setObject(10, stamps[1]);
      ps.setString(11, ScimJson.write(resource));
      ps.setLong(12, row.pk());
      ps.setLong(13, row.version());
      if (ps.executeUpdate() != 1) {
        throw StorageErrors.notUpdated(id, true);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM scim_unique WHERE pk = ?")) {
      ps.setLong(1, row.pk());
      ps.executeUpdate();
    }
    if (layout.members() != null) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM scim_member WHERE group_pk = ?")) {
        ps.setLong(1, row.pk());
        ps.executeUpdate();
      }
    }
    writeIndexes(c, tenant, row.pk(), resource);
    return new StoredResource(id, Long.toString(version), resource);
  }

  private void writeIndexes(Connection c, String tenant, long pk, ObjectNode resource)
      throws SQLException {
    for (IndexedAttribute u : layout.unique()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (String value : u.values(resource)) {
        String key = Keys.of(u.key(value));
        if (!seen.add(key)) {
          continue; // the same value twice in one resource is no conflict
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO scim_unique (tenant, rtype, attribute, value_key, pk)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
          ps.setString(1, tenant);
          ps.setString(2, type);
          ps.setString(3, u.path().lowerCaseKey());
          ps.setString(4, key);
          ps.setLong(5, pk);
          ps.executeUpdate();
        } catch (SQLException e) {
          if (Sql.isUniqueViolation(e)) {
            throw StorageErrors.uniqueness(u.path().toString(), value);
          }
          throw e;
        }
      }
    }
    List<String> members = layout.memberKeys(resource);
    if (!members.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO scim_member (group_pk, member_key) VALUES (?, ?)")) {
        for (String key : members) {
          ps.setLong(1, pk);
          ps.setString(2, key);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }
}
