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
}
