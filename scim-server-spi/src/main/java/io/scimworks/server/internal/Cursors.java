package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * RFC 9865 cursors: opaque, tamper-evident (HMAC-SHA256 with a key only this server knows) and
 * bound to the query, the type and the tenant they were issued for. A cursor carries the offset of
 * the next page in the server's stable order, an expiry time and, for a repository that pages by
 * key ({@code Repository.pagesByKey}), the repository's key of the last resource returned: {@code
 * offset.expires[.key].mac}, each part base64url where it is not a number. The key is signed with
 * the rest, so a repository only ever gets back keys that a server sharing the secret issued.
 */
public final class Cursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /**
   * The longest cursor read: a key carries a sort value, which may be long (a client whose URLs are
   * limited sends a long cursor in the body of a {@code POST .search}).
   */
  static final int MAX_LENGTH = 1 << 18;

  private final byte[] key;
  private final Duration ttl;
  private final Clock clock;

  Cursors(Duration ttl) {
    this(ttl, Clock.systemUTC());
  }

  Cursors(Duration ttl, Clock clock) {
    this(randomKey(), ttl, clock);
  }

  /** Cursors signed with a key every server of a deployment shares. */
  Cursors(byte[] key, Duration ttl) {
    this(key.clone(), ttl, Clock.systemUTC());
  }

  private Cursors(byte[] key, Duration ttl, Clock clock) {
    this.key = key;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The same cursors (same key) read at another time; for tests. */
  Cursors at(Clock other) {
    return new Cursors(key, ttl, other);
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /**
   * Where a cursor continues.
   *
   * @param offset the 0-based index of the next page in the query's order (for repositories that
   *     page by index, for {@code previousCursor}, and when a key cannot be used)
   * @param key the repository's key to continue after ({@code SearchResult.nextKey}), or null
   */
  public record Position(long offset, @Nullable String key) {}

  /** A cursor for the page starting at {@code offset} (0-based) of the query {@code scope}. */
  public String issue(String scope, long offset) {
    return issue(scope, offset, null);
  }

  /**
   * A cursor for the page starting at {@code offset} (0-based) of the query {@code scope}, after
   * the repository's {@code key} when not null.
   */
  public String issue(String scope, long offset, @Nullable String key) {
    long expires = clock.instant().plus(ttl).getEpochSecond();
    String payload = offset + "." + expires;
    if (key != null) {
      payload += "." + ENCODER.encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
    return payload + "." + ENCODER.encodeToString(mac(scope + "|" + payload));
  }

  /**
   * The offset a cursor points at.
   *
   * @throws ScimException 400 {@code invalidCursor} when it was not issued by this server for this
   *     query, 400 {@code expiredCursor} when it is too old
   */
  public long offset(String scope, String cursor) {
    return read(scope, cursor).offset();
  }

  /**
   * The position a cursor points at.
   *
   * @throws ScimException 400 {@code invalidCursor} when it was not issued by a server with this
   *     key for this query, 400 {@code expiredCursor} when it is too old
   */
  public Position read(String scope, String cursor) {
    if (cursor.length() > MAX_LENGTH) {
      throw invalid();
    }
    String[] parts = cursor.split("\\.", -1);
    if (parts.length < 3 || parts.length > 4) {
      throw invalid();
    }
    int last = parts.length - 1;
    String payload = cursor.substring(0, cursor.length() - parts[last].length() - 1);
    byte[] expected = mac(scope + "|" + payload);
    byte[] given;
    String key = null;
    try {
      given = DECODER.decode(parts[last]);
      if (parts.length == 4) {
        key = new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw invalid();
    }
    long offset;
    long expires;
    try {
      offset = Long.parseLong(parts[0]);
      expires = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      throw invalid();
    }
    if (offset < 0) {
      throw invalid();
    }
    if (clock.instant().getEpochSecond() > expires) {
      throw ScimException.of(ScimType.EXPIRED_CURSOR, "The cursor has expired; start again");
    }
    return new Position(offset, key);
  }

  /** The cursor lifetime in seconds, for {@code /ServiceProviderConfig}. */
  public long timeoutSeconds() {
    return ttl.toSeconds();
  }

  private static ScimException invalid() {
    return ScimException.of(ScimType.INVALID_CURSOR, "The cursor is not valid for this query");
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
    }
  }
}
