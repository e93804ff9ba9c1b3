package io.scimworks.store.jdbc.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.filter.AttributePath;
import io.scimworks.server.spi.SearchQuery;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The order of a search in SQL, exactly the server's, and the keys that continue it (keyset
 * paging). Resources are ordered by a sort column when the query sorts, missing values ({@code
 * NULL}) last ascending and first descending as the server puts them, and ties (and queries without
 * {@code sortBy}) by id ascending, the stable order the server keeps for ties in either direction.
 *
 * <p>A key names the column, the sort value and the id of the last resource of a page: {@code
 * column:value:id}, the value {@code N} (null), {@code T} and epoch microseconds, {@code S} and the
 * base64url of its UTF-8, or for a string with an unpaired surrogate (which UTF-8 cannot carry; H2
 * can hold one) {@code U} and the base64url of its UTF-16 code units, the id in base64url. The
 * server signs it inside the cursor; a key that does not parse, or names another column than the
 * query's order, is an {@code invalidCursor}.
 *
 * @param column the sort column ({@code r.created}...), or {@code null} to order by id alone
 * @param timestamp whether the column holds instants (else strings)
 * @param descending whether the sort value descends (ids always ascend)
 */
record Order(@Nullable String column, boolean timestamp, boolean descending) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /** The order of {@code query} in SQL, or {@code null} when SQL cannot sort by its attribute. */
  static @Nullable Order of(SearchQuery query, Layout layout) {
    if (query.sortBy() == null) {
      return new Order(null, false, false);
    }
    Order o = column(query.sortBy(), layout);
    return o == null ? null : new Order(o.column(), o.timestamp(), query.descending());
  }

  /**
   * The column that orders resources exactly as the server sorts by {@code sortBy}, as an ascending
   * order, or {@code null}: {@code meta.created} and {@code meta.lastModified} (instants, never
   * missing), and the attributes with an index column ({@code userName}, {@code displayName},
   * {@code externalId} where the type defines them as single-valued strings) by their sort key
   * column ({@link Keys#sortable}: the server's order of their keys, folded unless {@code
   * caseExact}, full length; {@code NULL} when the resource has no value).
   */
  static @Nullable Order column(AttributePath sortBy, Layout layout) {
    String indexed = layout.column(sortBy);
    if (indexed != null) {
      return new Order("r." + indexed + "_sort", false, false);
    }
    if (sortBy.schemaUrn() != null || !sortBy.attribute().equalsIgnoreCase("meta")) {
      return null;
    }
    if ("created".equalsIgnoreCase(sortBy.subAttribute())) {
      return new Order("r.created", true, false);
    }
    return "lastModified".equalsIgnoreCase(sortBy.subAttribute())
        ? new Order("r.last_modified", true, false)
        : null;
  }

  /** Characters of a sort key that its index holds (schema version 3). */
  static final int INDEXED_PREFIX = 100;

  /**
   * The {@code ORDER BY} list. A string sort key orders first by its first {@link #INDEXED_PREFIX}
   * characters, which an index holds (a whole key can be longer than a btree entry may be), then by
   * the whole key: the same order as by the whole key alone, since keys with different prefixes
   * differ within them and keys sharing one are ordered by the rest; so PostgreSQL reads a sorted
   * page from the index in order and sorts only runs of keys that share a prefix.
   */
  String orderBy() {
    if (column == null) {
      return "r.id";
    }
    String direction = descending ? " DESC NULLS FIRST" : " NULLS LAST";
    String prefix = timestamp ? "" : prefix(column) + direction + ", ";
    return prefix + column + direction + ", r.id";
  }

  /** The indexed prefix of a string sort key column, as the index of schema version 3 names it. */
  static String prefix(String column) {
    return "substr(" + column + ", 1, " + INDEXED_PREFIX + ")";
  }

  /** What names this order in a key: the sort column, or {@code r.id} when ordered by id alone. */
  String keyColumn() {
    return column == null ? "r.id" : column;
  }

  /**
   * The sort column to select after id, version and body, with its leading comma, or nothing when
   * ordered by id alone (the id is the first column already).
   */
  String selected() {
    return column == null ? "" : ", " + column;
  }

  /** The number of columns {@link #selected()} adds. */
  int selectedCount() {
    return column == null ? 0 : 1;
  }

  /**
   * The sort value of the current row (column {@code index} of {@code rs}, read only when there is
   * a sort column), for {@link #key}: a page remembers it for its last row and makes the key only
   * when another row follows.
   */
  @Nullable Object sortValue(ResultSet rs, int index) throws SQLException {
    if (column == null) {
      return null;
    }
    return timestamp ? rs.getObject(index, OffsetDateTime.class) : rs.getString(index);
  }

  /** The key of a row whose {@link #sortValue} and id these are. */
  String key(@Nullable Object sortValue, String id) {
    String value;
    if (column == null) {
      value = "";
    } else if (timestamp) {
      OffsetDateTime t = (OffsetDateTime) sortValue;
      value = t == null ? "N" : "T" + ChronoUnit.MICROS.between(Instant.EPOCH, t.toInstant());
    } else {
      String s = (String) sortValue;
      if (s == null) {
        value = "N";
      } else if (wellFormed(s)) {
        value = "S" + ENCODER.encodeToString(s.getBytes(UTF8));
      } else {
        value = "U" + ENCODER.encodeToString(units(s));
      }
    }
    return keyColumn() + ":" + value + ":" + ENCODER.encodeToString(id.getBytes(UTF8));
  }

  /**
   * The condition "strictly after {@code key}" in this order.
   *
   * @throws ScimException 400 {@code invalidCursor} for a key this order did not issue
   */
  Frag after(String key) {
    String[] parts = key.split(":", -1);
    if (parts.length != 3 || !parts[0].equals(keyColumn())) {
      throw invalid();
    }
    String id;
    Object value;
    try {
      id = new String(DECODER.decode(parts[2]), UTF8);
      value = value(parts[1]);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (column == null) {
      return Frag.of("r.id > ", Frag.param(id));
    }
    if (value == null) {
      // in the run of resources without a value: last ascending, first descending
      return descending
          ? Frag.of("(" + column + " IS NOT NULL OR r.id > ", Frag.param(id), ")")
          : Frag.of("(" + column + " IS NULL AND r.id > ", Frag.param(id), ")");
    }
    // "col >= v AND (col > v OR id > i)": the first half bounds an index range scan
    Frag beyond =
        Frag.of(
            "(" + column + (descending ? " <= " : " >= "),
            Frag.param(value),
            " AND (" + column + (descending ? " < " : " > "),
            Frag.param(value),
            " OR r.id > ",
            Frag.param(id),
            "))");
    // resources without a value follow every value ascending (descending they came first)
    return timestamp || descending ? beyond : Frag.of("(", beyond, " OR " + column + " IS NULL)");
  }

  private @Nullable Object value(String text) {
    if (column == null) {
      if (!text.isEmpty()) {
        throw invalid();
      }
      return null;
    }
    if (text.equals("N")) {
      return null;
    }
    char kind = text.isEmpty() ? ' ' : text.charAt(0);
    if (timestamp && kind == 'T') {
      try {
        long micros = Long.parseLong(text.substring(1));
        return OffsetDateTime.ofInstant(
            Instant.EPOCH.plus(micros, ChronoUnit.MICROS), ZoneOffset.UTC);
      } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
        throw invalid();
      }
    }
    if (!timestamp && kind == 'S') {
      return new String(DECODER.decode(text.substring(1)), UTF8);
    }
    if (!timestamp && kind == 'U') {
      byte[] units = DECODER.decode(text.substring(1));
      if (units.length % 2 != 0) {
        throw invalid();
      }
      char[] chars = new char[units.length / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((units[2 * i] & 0xFF) << 8) | (units[2 * i + 1] & 0xFF));
      }
      return new String(chars);
    }
    throw invalid();
  }

  private static ScimException invalid() {
    return ScimException.of(ScimType.INVALID_CURSOR, "The cursor is not valid for this query");
  }

  /** Whether every surrogate of {@code s} is half of a pair. */
  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The UTF-16 code units of {@code s}, big-endian, lone surrogates kept as they are. */
  private static byte[] units(String s) {
    byte[] out = new byte[s.length() * 2];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out[2 * i] = (byte) (c >>> 8);
      out[2 * i + 1] = (byte) c;
    }
    return out;
  }
}
