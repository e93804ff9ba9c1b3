package io.scimworks.store.jdbc.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.spi.Membership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * A column of a user's row that holds the groups listing the user, so that reading a page of users
 * and their memberships is one statement: a correlated subquery over {@code scim_member} joined to
 * the group rows, one JSON array of {@code [id, displayName]} pairs ordered by group id. On
 * PostgreSQL it is {@code array_to_json(ARRAY(SELECT ...))} without {@code ORDER BY} (sorted here),
 * which costs the database less per user read than an ordered {@code json_agg} (about 3 of 10
 * microseconds of executor CPU per lookup, measured in a PL/pgSQL loop over 200,000 users in no
 * group: the aggregate and its sort are set up for every row even when no membership follows); a
 * user in no group reads {@code []}, or {@code null} on H2. The display name comes from the group's
 * column {@code group_display} (schema version 3, {@link Layout#groupDisplayOf}), never from its
 * body: the database does not read a group's JSON, members included, to show its name.
 *
 * <p>The user's member key is {@code '=' || r.id}: what {@link Keys#of} makes of the user's id,
 * which the store generates (a lower-case UUID: no case to fold, far below {@link Keys#MAX}).
 */
final class MembershipColumn {
  private static final String FROM =
      " FROM scim_member m JOIN scim_resource g ON g.pk = m.group_pk"
          + " WHERE m.member_key = '=' || r.id AND g.tenant = r.tenant AND g.rtype = ";

  private final Frag select;

  /** The column for groups of type {@code groupType} in the store on {@code dialect}. */
  MembershipColumn(Dialect dialect, String groupType) {
    this.select =
        dialect == Dialect.POSTGRESQL
            // an ARRAY subquery, not json_agg(... ORDER BY), and no ORDER BY at all: neither an
            // aggregate nor a sort to set up for every user read, most of whom are in no group or
            // a few (see class javadoc); read() puts them in id order
            ? Frag.of(
                "array_to_json(ARRAY(SELECT json_build_array(g.id, g.group_display)" + FROM,
                Frag.param(groupType),
                "))")
            : Frag.of(
                "(SELECT JSON_ARRAYAGG(JSON_ARRAY(g.id, g.group_display NULL ON NULL) ORDER BY g.id)"
                    + FROM,
                Frag.param(groupType),
                ")");
  }

  /** The column's SQL for the select list (the user's row is {@code r}) and its parameter. */
  Frag select() {
    return select;
  }

  /** The memberships in the column's value ({@code null} when the user is in no group). */
  static List<Membership> read(@Nullable String json) {
    if (json == null || json.equals("[]")) {
      return List.of();
    }
    List<Membership> out = new ArrayList<>();
    try (JsonParser p =
        ScimJson.mapper().tokenStreamFactory().createParser(ObjectReadContext.empty(), json)) {
      expect(p.nextToken(), JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.START_ARRAY) {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        String id = p.getString();
        JsonToken t = p.nextToken();
        String display = null;
        if (t == JsonToken.VALUE_STRING) {
          display = p.getString();
        } else {
          expect(t, JsonToken.VALUE_NULL);
        }
        expect(p.nextToken(), JsonToken.END_ARRAY);
        out.add(new Membership(id, display));
      }
    }
    if (out.size() > 1) {
      out.sort(BY_ID);
    }
    return out;
  }

  /**
   * Group ids in the order of {@code ORDER BY g.id} under {@code COLLATE "C"}: by UTF-8 bytes,
   * which is by code points (not by UTF-16 units, which differ beyond U+FFFF).
   */
  private static final Comparator<Membership> BY_ID =
      (a, b) -> {
        String x = a.groupId();
        String y = b.groupId();
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
          int cx = x.codePointAt(i);
          int cy = y.codePointAt(j);
          if (cx != cy) {
            return Integer.compare(cx, cy);
          }
          i += Character.charCount(cx);
          j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
      };

  private static void expect(@Nullable JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("unexpected memberships column: " + actual);
    }
  }
}
