package io.scimworks.store.jdbc.internal;

import io.scimworks.core.json.ScimJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Schema version 3: fills {@code group_display} (a group's {@code displayName} as it is, {@link
 * Layout#groupDisplay}) of the rows that have members. It is read only through {@code scim_member}
 * ({@link MembershipColumn}), so a row without members needs none until it is written again, which
 * sets it; no schema is needed, the migration knows no resource types.
 */
final class GroupDisplayBackfill {
  private GroupDisplayBackfill() {}

  static void run(Connection c) throws SQLException {
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT pk, body FROM scim_resource"
                    + " WHERE pk IN (SELECT DISTINCT group_pk FROM scim_member)");
        PreparedStatement write =
            c.prepareStatement("UPDATE scim_resource SET group_display = ? WHERE pk = ?")) {
      read.setFetchSize(500);
      int pending = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          write.setString(1, Layout.groupDisplay(ScimJson.readObject(rs.getString(2))));
          write.setLong(2, rs.getLong(1));
          write.addBatch();
          if (++pending == 500) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }
}
