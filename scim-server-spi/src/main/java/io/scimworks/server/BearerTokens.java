package io.scimworks.server;

import io.scimworks.server.spi.Authenticator;
import io.scimworks.server.spi.ScimPrincipal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@code Authorization: Bearer} authenticator. Several tokens may be valid at once, so
 * a token can be rotated without downtime: {@link #add} the new one, let the identity provider
 * switch, {@link #revoke} the old one. Tokens are kept only as SHA-256 digests and compared in
 * constant time.
 *
 * <pre>{@code
 * BearerTokens tokens = BearerTokens.of("first-secret");
 * ScimServer server = ScimServer.builder().authenticator(tokens).users(users).build();
 * tokens.add("second-secret");     // rotation: both work
 * tokens.revoke("first-secret");   // now only the new one does
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class BearerTokens implements Authenticator {
  private static final String SCHEME = "bearer ";

  private final Map<Digest, ScimPrincipal> tokens = new ConcurrentHashMap<>();

  private BearerTokens() {}

  /** An authenticator accepting each of {@code tokens}, as principals named {@code token-N}. */
  public static BearerTokens of(String... tokens) {
    BearerTokens t = new BearerTokens();
    for (String token : tokens) {
      t.add(token);
    }
    return t;
  }

  /** Accepts {@code token} too, as a principal with no tenant and no user. */
  public BearerTokens add(String token) {
    return add(token, ScimPrincipal.named("token-" + (tokens.size() + 1)));
  }

  /** Accepts {@code token} too, as {@code principal} (which may confine it to a tenant). */
  public BearerTokens add(String token, ScimPrincipal principal) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("a token must not be blank");
    }
    tokens.put(digest(token), principal);
    return this;
  }

  /** Stops accepting {@code token}; returns whether it was accepted before. */
  public boolean revoke(String token) {
    return tokens.remove(digest(token)) != null;
  }

  /** How many tokens are currently accepted. */
  public int size() {
    return tokens.size();
  }

  @Override
  public @Nullable ScimPrincipal authenticate(ScimRequest request) {
    String header = request.header("Authorization");
    if (header == null || header.length() <= SCHEME.length()) {
      return null;
    }
    if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    byte[] offered = digest(header.substring(SCHEME.length()).trim()).bytes;
    ScimPrincipal found = null;
    // Compare with every token, without stopping early, so timing reveals nothing.
    for (Map.Entry<Digest, ScimPrincipal> e : tokens.entrySet()) {
      if (MessageDigest.isEqual(e.getKey().bytes, offered)) {
        found = e.getValue();
      }
    }
    return found;
  }

  private static Digest digest(String token) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return new Digest(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** A token digest usable as a map key. */
  private static final class Digest {
    final byte[] bytes;

    Digest(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Digest && MessageDigest.isEqual(bytes, ((Digest) o).bytes);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(bytes);
    }
  }
}
