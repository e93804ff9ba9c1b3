package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one rule for the {@code schemas} of a request message ({@code PatchOp}, {@code
 * SearchRequest}, {@code BulkRequest}; RFC 7644 §3.4.3, §3.5.2, §3.7): it is required, an array of
 * strings that lists the message's URN (in any case). Other URIs beside it are ignored. Anything
 * else is a {@code 400 invalidSyntax} whose detail says what to send, and names the message the
 * body claims to be when it lists another one (a search request sent to {@code /Bulk}).
 *
 * <p>There is no leniency for a missing {@code schemas}: the identity providers that send these
 * messages (Entra ID and Okta send {@code PatchOp}; neither sends bulk or search requests) always
 * list the URN, and a body without it is more often a body meant for another endpoint.
 *
 * <pre>{@code
 * MessageSchemas.require(body, ScimUrns.SEARCH_REQUEST);   // throws unless schemas lists it
 * }</pre>
 */
public final class MessageSchemas {
  private static final List<String> MESSAGES =
      List.of(ScimUrns.PATCH_OP, ScimUrns.SEARCH_REQUEST, ScimUrns.BULK_REQUEST);

  private MessageSchemas() {}

  /**
   * Checks the {@code schemas} of a request message.
   *
   * @param body the message, member names in any case; not null
   * @param messageUrn the URN the message must list, e.g. {@link ScimUrns#BULK_REQUEST}; not null
   * @throws ScimException 400 {@code invalidSyntax} when {@code schemas} is missing, not an array
   *     of strings, or does not list {@code messageUrn}
   */
  public static void require(ObjectNode body, String messageUrn) {
    String what = name(messageUrn);
    String send = "send \"schemas\": [\"" + messageUrn + "\"]";
    JsonNode schemas = ScimJson.getIgnoreCase(body, "schemas");
    if (schemas == null || schemas.isNull()) {
      throw syntax("a " + what + " must list its schema in 'schemas': " + send);
    }
    if (!schemas.isArray()) {
      throw syntax("'schemas' must be an array of strings: " + send);
    }
    String other = null;
    for (JsonNode s : schemas) {
      if (!s.isString()) {
        throw syntax("'schemas' must be an array of strings: " + send);
      }
      if (s.stringValue().equalsIgnoreCase(messageUrn)) {
        return;
      }
      other = other != null ? other : message(s.stringValue());
    }
    if (other != null) {
      throw syntax(
          "'schemas' makes this body a "
              + name(other)
              + ", but a "
              + what
              + " is expected: "
              + send);
    }
    throw syntax("'schemas' does not list the " + what + " schema: " + send);
  }

  /** The message URN {@code uri} names, or null. */
  private static @Nullable String message(String uri) {
    for (String m : MESSAGES) {
      if (m.equalsIgnoreCase(uri)) {
        return m;
      }
    }
    return null;
  }

  /** "PATCH request", "search request", "bulk request". */
  private static String name(String messageUrn) {
    String last = messageUrn.substring(messageUrn.lastIndexOf(':') + 1);
    return switch (last.toLowerCase(Locale.ROOT)) {
      case "patchop" -> "PATCH request";
      case "searchrequest" -> "search request";
      case "bulkrequest" -> "bulk request";
      default -> last + " message";
    };
  }

  private static ScimException syntax(String detail) {
    return ScimException.of(ScimType.INVALID_SYNTAX, detail);
  }
}
