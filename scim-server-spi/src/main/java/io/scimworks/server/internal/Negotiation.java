package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.server.ScimResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Content negotiation between the two media types a SCIM body may carry (RFC 7644 §3.8): {@code
 * application/scim+json}, the default, and {@code application/json}, which the server answers with
 * when the client's {@code Accept} prefers it. An {@code Accept} that rules out both (only {@code
 * application/xml}, or {@code application/scim+json;q=0} alone) is a 406. Media ranges follow RFC
 * 9110 §12.5.1: the most specific range that matches a type gives its weight, {@code q=0} means
 * "not this". An {@code Accept} with nothing readable in it is ignored, as if absent.
 */
public final class Negotiation {
  /** The plain JSON media type. */
  public static final String JSON = "application/json";

  private Negotiation() {}

  /**
   * The media type to answer with.
   *
   * @param accept the values of the {@code Accept} header, or {@code null} when absent
   * @return {@link ScimResponse#SCIM_JSON}, {@link #JSON}, or {@code null} when neither is
   *     acceptable
   */
  public static @Nullable String responseType(@Nullable List<String> accept) {
    if (accept == null || accept.isEmpty()) {
      return ScimResponse.SCIM_JSON;
    }
    if (accept.size() == 1) {
      String only = accept.get(0);
      if (only.equals(ScimResponse.SCIM_JSON) || only.equals("*/*")) {
        return ScimResponse.SCIM_JSON; // what nearly every client sends
      }
    }
    Weight scim = new Weight();
    Weight json = new Weight();
    boolean readable = false;
    for (String value : accept) {
      for (String element : value.split(",", -1)) {
        String[] parts = element.split(";", -1);
        String range = parts[0].strip().toLowerCase(Locale.ROOT);
        int slash = range.indexOf('/');
        if (slash <= 0 || slash == range.length() - 1) {
          continue; // not a media range
        }
        readable = true;
        double q = quality(parts);
        scim.offer(range, ScimResponse.SCIM_JSON, q);
        json.offer(range, JSON, q);
      }
    }
    if (!readable) {
      return ScimResponse.SCIM_JSON;
    }
    if (scim.q <= 0 && json.q <= 0) {
      return null;
    }
    return scim.q >= json.q ? ScimResponse.SCIM_JSON : JSON;
  }

  /**
   * The 406 for a request whose {@code Accept} rules out both JSON types.
   *
   * @return the error, to throw
   */
  public static ScimException notAcceptable() {
    return new ScimException(
        406,
        null,
        "The response is application/scim+json or application/json; the Accept header allows"
            + " neither");
  }

  /**
   * {@code response} labelled {@code type} instead of {@code application/scim+json}; a response
   * without a SCIM body (a 204) is returned as it is.
   *
   * @param response the server's response
   * @param type the negotiated type
   * @return the response with that {@code Content-Type}
   */
  public static ScimResponse labelled(ScimResponse response, String type) {
    if (type.equals(ScimResponse.SCIM_JSON)
        || !ScimResponse.SCIM_JSON.equals(response.header("Content-Type"))) {
      return response;
    }
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.put("Content-Type", type);
    return new ScimResponse(response.status(), headers, response.body());
  }

  /** The {@code q} parameter of a media range: 1 when absent or not a valid weight. */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
        return qvalue(p.substring(2).strip());
      }
    }
    return 1;
  }

  /** RFC 9110 §12.4.2: {@code 0}, {@code 1} or either with up to three decimals, ASCII only. */
  private static double qvalue(String s) {
    if (s.isEmpty() || s.length() > 5 || (s.charAt(0) != '0' && s.charAt(0) != '1')) {
      return 1;
    }
    if (s.length() > 1) {
      if (s.charAt(1) != '.') {
        return 1;
      }
      for (int i = 2; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return 1;
        }
      }
    }
    return Math.min(1, Double.parseDouble(s.length() == 2 ? s.substring(0, 1) : s));
  }

  /** The weight of one media type: that of the most specific range matching it so far. */
  private static final class Weight {
    int specificity;
    double q;

    void offer(String range, String type, double weight) {
      int s;
      if (range.equals(type)) {
        s = 3;
      } else if (range.equals("application/*")) {
        s = 2;
      } else if (range.equals("*/*")) {
        s = 1;
      } else {
        return;
      }
      if (s > specificity) {
        specificity = s;
        q = weight;
      } else if (s == specificity) {
        q = Math.max(q, weight);
      }
    }
  }
}
