package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.server.ScimResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds responses; every body is {@code application/scim+json}. */
public final class Responses {
  /** The RFC 7644 §3.12 error schema. */
  public static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";

  private static final byte[] NO_BODY = new byte[0];

  /**
   * The longest {@code detail} sent: details quote what the client sent (an id, a value), and a 100
   * KB id must not come back as a 100 KB error.
   */
  public static final int MAX_DETAIL = 1024;

  private Responses() {}

  /** A JSON response with extra headers. */
  public static ScimResponse json(int status, JsonNode body, Map<String, String> headers) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put("Content-Type", ScimResponse.SCIM_JSON);
    return new ScimResponse(status, h, ScimJson.writeBytes(body));
  }

  /** A JSON response whose body is already written, with extra headers. */
  static ScimResponse json(int status, byte[] body, Map<String, String> headers) {
    ScimResponse r = new ScimResponse(status, JSON_ONLY, body); // taken as it is: no copy
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (!h.getKey().equalsIgnoreCase("Content-Type")) {
        r = r.withHeader(h.getKey(), h.getValue());
      }
    }
    return r;
  }

  /**
   * A JSON response whose body is already written, with one more header (a resource's {@code
   * ETag}); the headers come in a fixed order: {@code Content-Type}, then this one.
   */
  static ScimResponse json(int status, byte[] body, String name, String value) {
    return new ScimResponse(status, JSON_ONLY, body).withHeader(name, value);
  }

  /** The headers of a response that has only its content type, checked once. */
  private static final Map<String, String> JSON_ONLY =
      new ScimResponse(200, Map.of("Content-Type", ScimResponse.SCIM_JSON), NO_BODY).headers();

  /** A JSON response. */
  public static ScimResponse json(int status, JsonNode body) {
    return json(status, body, Map.of());
  }

  /** A response without a body (204, 304). */
  public static ScimResponse empty(int status, Map<String, String> headers) {
    return new ScimResponse(status, headers, NO_BODY);
  }

  /**
   * The start of a ListResponse body: {@code schemas}, {@code totalResults} and {@code
   * itemsPerPage}; callers add {@code startIndex} or cursors, then {@code Resources}.
   */
  static ObjectNode listResponse(long totalResults, int itemsPerPage) {
    ObjectNode out = ScimJson.object();
    out.putArray("schemas").add(ScimUrns.LIST_RESPONSE);
    out.put("totalResults", totalResults);
    out.put("itemsPerPage", itemsPerPage);
    return out;
  }

  /**
   * A ListResponse body written as {@link #listResponse} builds its start: {@code schemas}, {@code
   * totalResults}, {@code itemsPerPage}, {@code startIndex} when paging by index, the cursors
   * given, then {@code Resources}, whose elements {@code resources} writes.
   *
   * @param startIndex the 1-based index of the page's first resource, or 0 when paging by cursor
   */
  static byte[] list(
      long totalResults,
      int itemsPerPage,
      long startIndex,
      @Nullable String nextCursor,
      @Nullable String previousCursor,
      Consumer<JsonOut> resources) {
    return JsonOut.write(
        g -> {
          g.startObject().name(SCHEMAS).raw(LIST_SCHEMAS, 0, LIST_SCHEMAS.length);
          g.name(TOTAL_RESULTS).number(totalResults);
          g.name(ITEMS_PER_PAGE).number(itemsPerPage);
          if (startIndex > 0) {
            g.name(START_INDEX).number(startIndex);
          }
          if (nextCursor != null) {
            g.string(NEXT_CURSOR, nextCursor);
          }
          if (previousCursor != null) {
            g.string(PREVIOUS_CURSOR, previousCursor);
          }
          g.name(RESOURCES).startArray();
          resources.accept(g);
          g.endArray().endObject();
        });
  }

  // written in every list, quoted once
  private static final QuotedName SCHEMAS = QuotedName.of("schemas");
  private static final byte[] LIST_SCHEMAS =
      ("[\"" + ScimUrns.LIST_RESPONSE + "\"]").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final QuotedName START_INDEX = QuotedName.of("startIndex");
  private static final QuotedName NEXT_CURSOR = QuotedName.of("nextCursor");
  private static final QuotedName PREVIOUS_CURSOR = QuotedName.of("previousCursor");
  private static final QuotedName RESOURCES = QuotedName.of("Resources");
  private static final QuotedName TOTAL_RESULTS = QuotedName.of("totalResults");
  private static final QuotedName ITEMS_PER_PAGE = QuotedName.of("itemsPerPage");

  /** The RFC 7644 §3.12 body of an error. */
  public static ObjectNode errorBody(ScimException e) {
    ObjectNode body = ScimJson.object();
    body.putArray("schemas").add(ERROR_URN);
    body.put("status", Integer.toString(e.status()));
    if (e.scimType() != null) {
      body.put("scimType", e.scimType());
    }
    if (e.detail() != null) {
      body.put("detail", shorten(e.detail()));
    }
    return body;
  }

  /**
   * The longest run of characters without a space a {@code detail} keeps: details quote what the
   * client sent (a filter, a path, an attribute name), and such a token is cut here, whatever the
   * message that quotes it.
   */
  public static final int MAX_TOKEN = 200;

  /**
   * {@code detail} as sent: control characters (C0, DEL, C1, U+2028, U+2029) written as a
   * backslash, {@code u} and four hex digits, so that a quoted value cannot break a log line, every
   * run of more than {@link #MAX_TOKEN} characters without a space cut to that many followed by an
   * ellipsis, and the whole cut to {@link #MAX_DETAIL} characters, ending in an ellipsis when cut
   * (never between the two halves of a surrogate pair).
   */
  public static String shorten(String detail) {
    StringBuilder out = null;
    int run = 0;
    for (int i = 0; i < detail.length(); i++) {
      char c = detail.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
      run = c == ' ' ? 0 : run + 1;
      boolean cut = run > MAX_TOKEN;
      if (out == null && (control || cut)) {
        out = new StringBuilder(detail.length()).append(detail, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (cut) {
        if (run == MAX_TOKEN + 1) {
          if (Character.isLowSurrogate(c) && out.length() > 0) {
            out.setLength(out.length() - 1);
          }
          out.append("...");
        }
      } else if (control) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    String s = out == null ? detail : out.toString();
    if (s.length() <= MAX_DETAIL) {
      return s;
    }
    int end = MAX_DETAIL - 3;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "...";
  }

  /** An error response with extra headers. */
  public static ScimResponse error(ScimException e, Map<String, String> headers) {
    if (e instanceof MethodNotAllowed) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put("Allow", ((MethodNotAllowed) e).allow());
      return json(e.status(), errorBody(e), h);
    }
    return json(e.status(), errorBody(e), headers);
  }

  /** An error response. */
  public static ScimResponse error(ScimException e) {
    return error(e, Map.of());
  }
}
