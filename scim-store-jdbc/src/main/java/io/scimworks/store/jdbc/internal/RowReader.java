package io.scimworks.store.jdbc.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.StoredResource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the resources of a SELECT whose first columns are {@code r.id, r.version, r.body}, and,
 * with a {@link MembershipColumn}, their memberships from a column the SELECT adds at the end.
 */
final class RowReader {
  private final Dialect dialect;
  private final @Nullable MembershipColumn groups;

  RowReader(Dialect dialect, @Nullable MembershipColumn groups) {
    this.dialect = dialect;
    this.groups = groups;
  }

  /** This reader without memberships (for statements that only count). */
  RowReader withoutGroups() {
    return groups == null ? this : new RowReader(dialect, null);
  }

  /** The memberships column, to append to the select list, or nothing. */
  String columns() {
    return groups == null ? "" : ", " + groups.select().sql();
  }

  /** The parameters of {@link #columns()}, then those of the condition. */
  List<Object> params(List<Object> where) {
    if (groups == null) {
      return where;
    }
    List<Object> all = new ArrayList<>(groups.select().params());
    all.addAll(where);
    return all;
  }

  /** The resource of the current row; {@code groupsColumn} is where {@link #columns()} landed. */
  StoredResource read(ResultSet rs, int groupsColumn) throws SQLException {
    String id = rs.getString(1);
    String version = Long.toString(rs.getLong(2));
    List<Membership> memberships =
        groups == null ? null : MembershipColumn.read(rs.getString(groupsColumn));
    if (dialect == Dialect.POSTGRESQL) {
      // handed over as text: parsed only if the server needs the tree, copied where it does not
      return StoredResource.ofJson(id, version, JsonbText.compact(text(rs, 3)), memberships);
    }
    return new StoredResource(id, version, body(dialect, rs, 3), memberships);
  }

  /**
   * The JSON body in {@code column}. PostgreSQL's {@code jsonb} arrives as UTF-8 text, which is
   * parsed as it came instead of being decoded into a string first; H2 hands a character LOB.
   */
  static ObjectNode body(Dialect dialect, ResultSet rs, int column) throws SQLException {
    if (dialect != Dialect.POSTGRESQL) {
      return ScimJson.readObject(rs.getString(column));
    }
    return ScimJson.readObject(text(rs, column));
  }

  /** The UTF-8 text of PostgreSQL's {@code jsonb} in {@code column}. */
  private static byte[] text(ResultSet rs, int column) throws SQLException {
    byte[] bytes = rs.getBytes(column);
    if (bytes.length > 0 && bytes[0] == 1) {
      // jsonb in binary transfer (a driver configured so): a version byte, then the text
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return bytes;
  }
}
