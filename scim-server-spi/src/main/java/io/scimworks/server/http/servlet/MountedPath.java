package io.scimworks.server.http.servlet;

import io.scimworks.server.http.internal.RawTargets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Finds the still percent-encoded path below a servlet's mapping. The container gives the raw
 * request URI and the context path raw, but the servlet path decoded; so the raw URI is cut where
 * its decoded prefix equals the servlet path, which keeps an encoded {@code /} encoded.
 */
final class MountedPath {
  private MountedPath() {}

  /** The path below the mapping, starting with {@code /}, or {@code null} if it cannot be found. */
  static @Nullable String of(HttpServletRequest req) {
    String uri = RawTargets.encodeNonAscii(req.getRequestURI(), false);
    String context = req.getContextPath();
    if (!uri.startsWith(context)) {
      return null;
    }
    String rest = uri.substring(context.length());
    if (req.getHttpServletMapping().getMappingMatch() == MappingMatch.PATH) {
      rest = stripDecodedPrefix(rest, req.getServletPath());
      if (rest == null) {
        return null;
      }
    }
    if (rest.isEmpty()) {
      return "/";
    }
    return rest.startsWith("/") ? rest : null;
  }

  /** {@code raw} without the leading segments that decode to {@code prefix}, or {@code null}. */
  static @Nullable String stripDecodedPrefix(String raw, String prefix) {
    if (prefix.isEmpty()) {
      return raw;
    }
    if (raw.startsWith(prefix) && atSegmentEnd(raw, prefix.length())) {
      return raw.substring(prefix.length());
    }
    for (int end = 1; end <= raw.length(); end++) {
      if (atSegmentEnd(raw, end) && decode(raw.substring(0, end)).equals(prefix)) {
        return raw.substring(end);
      }
    }
    return null;
  }

  private static boolean atSegmentEnd(String s, int index) {
    return index == s.length() || s.charAt(index) == '/';
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw; // a malformed escape cannot be the servlet path
    }
  }
}
