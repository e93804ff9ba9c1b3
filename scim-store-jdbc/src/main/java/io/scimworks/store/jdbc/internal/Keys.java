package io.scimworks.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Index keys of bounded length: a value up to {@value #MAX} characters is kept as {@code "=" +
 * value}, a longer one as {@code "#" + SHA-256}. Equal values have equal keys and (but for a hash
 * collision) different values different keys, so equality on keys is equality on values while every
 * key fits a B-tree index entry.
 */
final class Keys {
  static final int MAX = 250;

  private Keys() {}

  static String of(String value) {
    if (value.length() <= MAX) {
      return "=" + value;
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return "#" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * A sort key of {@code key} (a value as {@link io.scimworks.server.spi.IndexedAttribute#key}
   * gives it, folded unless {@code caseExact}): a string whose code-point order, and UTF-16 order,
   * is the UTF-16 order of {@code key}, the order the server sorts strings in. Code units below
   * U+D800 are kept; every code unit from U+D800 up (surrogates, and U+E000 to U+FFFF) becomes the
   * code point {@code U+10000 + unit}. Code-point order (PostgreSQL's {@code COLLATE "C"}, UTF-8
   * bytes) and UTF-16 order (H2, Java) agree on such strings, since all their supplementary
   * characters sit above all their BMP ones; and the mapping keeps the order of code units. Full
   * length: never hashed, so that long values order exactly.
   */
  static String sortable(String key) {
    int n = key.length();
    int i = 0;
    while (i < n && key.charAt(i) < 0xD800) {
      i++;
    }
    if (i == n) {
      return key;
    }
    StringBuilder out = new StringBuilder(n + (n - i));
    out.append(key, 0, i);
    for (; i < n; i++) {
      char c = key.charAt(i);
      if (c < 0xD800) {
        out.append(c);
      } else {
        out.appendCodePoint(0x10000 + c);
      }
    }
    return out.toString();
  }
}
