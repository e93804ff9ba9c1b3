package io.scimworks.store.jdbc.internal;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.json.ScimJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema version 2: fills the sort key columns of the rows written before them. A row's index key
 * says what its sort key is: {@code "=" + key} holds the key itself; a hashed key ({@code "#" +
 * SHA-256}, values over 250 characters) is the hash of either the value or its case fold, and
 * whichever matches is the key (so no schema is needed: the migration knows no resource types).
 */
final class SortKeyBackfill {
  private static final List<String> ATTRIBUTES = List.of("externalId", "userName", "displayName");

  private SortKeyBackfill() {}

  static void run(Connection c) throws SQLException {
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT pk, external_id, user_name, display_name, body FROM scim_resource"
                    + " WHERE external_id IS NOT NULL OR user_name IS NOT NULL"
                    + " OR display_name IS NOT NULL");
        PreparedStatement write =
            c.prepareStatement(
                "UPDATE scim_resource SET external_id_sort = ?, user_name_sort = ?,"
                    + " display_name_sort = ? WHERE pk = ?")) {
      read.setFetchSize(500);
      int pending = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          ObjectNode body = null;
          for (int i = 0; i < 3; i++) {
            String key = rs.getString(2 + i);
            String sort = null;
            if (key != null && key.startsWith("=")) {
              sort = Keys.sortable(key.substring(1));
            } else if (key != null) {
              body = body == null ? ScimJson.readObject(rs.getString(5)) : body;
              sort = fromHash(key, Layout.field(body, ATTRIBUTES.get(i)));
            }
            write.setString(1 + i, sort);
          }
          write.setLong(4, rs.getLong(1));
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

  private static @Nullable String fromHash(String key, @Nullable JsonNode value) {
    if (value == null || !value.isString()) {
      return null;
    }
    String v = value.stringValue();
    String folded = CaseFolding.fold(v);
    if (Keys.of(folded).equals(key)) {
      return Keys.sortable(folded);
    }
    return Keys.of(v).equals(key) ? Keys.sortable(v) : null;
  }
}
