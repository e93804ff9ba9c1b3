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

/**
 * RFC 9865 cursors: opaque, tamper-evident (HMAC-SHA256 with a key only this server knows) and
 * bound to the query, the type and the tenant they were issued for. A cursor carries the offset of
 * the next page in the server's stable order and an expiry time.
 */
public final class Cursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

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

  /** A cursor for the page starting at {@code offset} (0-based) of the query {@code scope}. */
  public String issue(String scope, long offset) {
    long expires = clock.instant().plus(ttl).getEpochSecond();
    String payload = offset + "." + expires;
    return payload + "." + ENCODER.encodeToString(mac(scope + "|" + payload));
  }

  /**
   * The offset a cursor points at.
   *
   * @throws ScimException 400 {@code invalidCursor} when it was not issued by this server for this
   *     query, 400 {@code expiredCursor} when it is too old
   */
  public long offset(String scope, String cursor) {
    String[] parts = cursor.split("\\.", -1);
    if (parts.length != 3 || cursor.length() > 200) {
      throw invalid();
    }
    byte[] expected = mac(scope + "|" + parts[0] + "." + parts[1]);
    byte[] given;
    try {
      given = DECODER.decode(parts[2]);
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
    if (clock.instant().getEpochSecond() > expires) {
      throw ScimException.of(ScimType.EXPIRED_CURSOR, "The cursor has expired; start again");
    }
    return offset;
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
