package io.scimworks.store.jdbc.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.spi.Membership;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A column of a user's row that holds the groups listing the user, so that reading a page of users
 * and their memberships is one statement: a correlated subquery over {@code scim_member} joined to
 * the group rows, aggregated into one JSON array of {@code [id, displayName]} pairs ordered by
 * group id. PostgreSQL extracts {@code displayName} from the group's {@code jsonb}; H2, which
 * cannot, hands over the group's body, of which only the top-level {@code displayName} is read (its
 * {@code members} are skipped by the tokenizer, never built into a tree).
 *
 * <p>The user's member key is {@code '=' || r.id}: what {@link Keys#of} makes of the user's id,
 * which the store generates (a lower-case UUID: no case to fold, far below {@link Keys#MAX}).
 */
final class MembershipColumn {
  /** {@code displayName} as {@link ScimJson#getIgnoreCase} finds it: an exact key wins. */
  private static final String PG_DISPLAY =
      "CASE WHEN g.body -> 'displayName' IS NOT NULL THEN"
          + " CASE WHEN jsonb_typeof(g.body -> 'displayName') = 'string'"
          + " THEN g.body ->> 'displayName' END"
          + " ELSE (SELECT CASE WHEN jsonb_typeof(e.value) = 'string'"
          + " THEN jsonb_build_array(e.value) ->> 0 END"
          + " FROM jsonb_each(g.body) e WHERE lower(e.key) = 'displayname' LIMIT 1)"
          + " END";

  private static final String FROM =
      " FROM scim_member m JOIN scim_resource g ON g.pk = m.group_pk"
          + " WHERE m.member_key = '=' || r.id AND g.tenant = r.tenant AND g.rtype = ";

  private final Frag select;

  /** The column for groups of type {@code groupType} in the store on {@code dialect}. */
  MembershipColumn(Dialect dialect, String groupType) {
    String aggregate =
        dialect == Dialect.POSTGRESQL
            ? "(SELECT json_agg(json_build_array(g.id, " + PG_DISPLAY + ") ORDER BY g.id)"
            : "(SELECT JSON_ARRAYAGG(JSON_ARRAY(g.id, g.body FORMAT JSON) ORDER BY g.id)";
    this.select = Frag.of(aggregate + FROM, Frag.param(groupType), ")");
  }

  /** The column's SQL for the select list (the user's row is {@code r}) and its parameter. */
  Frag select() {
    return select;
  }

  /** The memberships in the column's value ({@code null} when the user is in no group). */
  static List<Membership> read(@Nullable String json) {
    if (json == null) {
      return List.of();
    }
    List<Membership> out = new ArrayList<>();
    try (JsonParser p = ScimJson.mapper().createParser(json)) {
      expect(p.nextToken(), JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.START_ARRAY) {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        String id = p.getString();
        JsonToken t = p.nextToken();
        String display = null;
        if (t == JsonToken.VALUE_STRING) {
          display = p.getString();
        } else if (t == JsonToken.START_OBJECT) {
          display = displayName(p);
        } else {
          expect(t, JsonToken.VALUE_NULL);
        }
        expect(p.nextToken(), JsonToken.END_ARRAY);
        out.add(new Membership(id, display));
      }
    }
    return out;
  }

  /** The top-level {@code displayName} of the object whose start {@code p} is on, if a string. */
  private static @Nullable String displayName(JsonParser p) {
    String exact = null;
    boolean exactSeen = false;
    String other = null;
    boolean otherSeen = false;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      String text = value == JsonToken.VALUE_STRING ? p.getString() : null;
      if (name.equals("displayName")) {
        exactSeen = true;
        exact = text;
      } else if (!otherSeen && name.equalsIgnoreCase("displayName")) {
        otherSeen = true;
        other = text;
      }
      p.skipChildren();
    }
    return exactSeen ? exact : other;
  }

  private static void expect(@Nullable JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("unexpected memberships column: " + actual);
    }
  }
}
