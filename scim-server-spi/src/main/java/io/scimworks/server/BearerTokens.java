package io.scimworks.server;

import io.scimworks.server.spi.Authenticator;
import io.scimworks.server.spi.IncomingRequest;
import io.scimworks.server.spi.ScimPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@code Authorization: Bearer} authenticator. Several tokens may be valid at once, so
 * a token can be rotated without downtime: {@link #add} the new one, let the identity provider
 * switch, {@link #revoke} the old one. The tokens given are kept only as SHA-256 digests, and a
 * credential is compared with them in constant time. A provisioning run sends the same token with
 * every request, so each thread also keeps the credential it last accepted and lets the next
 * request carrying exactly that credential skip the digest (that comparison takes constant time
 * too); once a token is added or revoked, what threads kept is no longer used.
 *
 * <p>A token is visible ASCII ({@code !} to {@code ~}, RFC 6750's {@code b64token} and more): HTTP
 * servers hand header bytes over as ISO-8859-1, so a token holding {@code é} could never match what
 * a client sends, and {@link #add} refuses it rather than accept a token that never works.
 *
 * <p>The credential must equal a token exactly: only the optional whitespace HTTP allows around a
 * header value (spaces and tabs) is ignored. A header carrying a control character anywhere (a NUL,
 * CR, LF...) or a credential with whitespace inside is refused, whatever precedes it. A request
 * with more than one {@code Authorization} header is refused whatever they hold: HTTP allows the
 * header once, and a proxy that checked one of them must not let the other through.
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

  /** The tokens as an array, made again on every change: what each request walks. */
  private volatile Accepted[] accepted = new Accepted[0];

  private BearerTokens() {}

  /**
   * An authenticator accepting each of {@code tokens}, as principals named {@code token-N}.
   *
   * @param tokens the secrets, each non-empty visible ASCII (no whitespace, control characters or
   *     non-ASCII)
   * @return a new, thread-safe authenticator; more tokens can be added and revoked later
   * @throws IllegalArgumentException when a token is empty or holds whitespace, a control character
   *     or a non-ASCII character
   */
  public static BearerTokens of(String... tokens) {
    BearerTokens t = new BearerTokens();
    for (String token : tokens) {
      t.add(token);
    }
    return t;
  }

  /**
   * Accepts {@code token} too, as a principal with no tenant and no user.
   *
   * @param token the secret as clients send it after {@code Bearer}; non-empty visible ASCII
   * @return this authenticator
   * @throws IllegalArgumentException when the token is not such a string
   */
  public BearerTokens add(String token) {
    return add(token, ScimPrincipal.named("token-" + (tokens.size() + 1)));
  }

  /**
   * Accepts {@code token} too, as {@code principal} (which may confine it to a tenant).
   *
   * @param token the secret as clients send it after {@code Bearer}; non-empty visible ASCII
   * @param principal who the token's bearer is; not null
   * @return this authenticator
   * @throws IllegalArgumentException when the token is not such a string
   */
  public BearerTokens add(String token, ScimPrincipal principal) {
    if (token.isEmpty() || !isCredential(token, 0, token.length())) {
      throw new IllegalArgumentException(
          "a token must be non-empty visible ASCII: no whitespace, control or non-ASCII"
              + " characters");
    }
    synchronized (tokens) {
      tokens.put(digest(token), principal);
      snapshot();
    }
    return this;
  }

  private void snapshot() {
    accepted =
        tokens.entrySet().stream()
            .map(e -> new Accepted(e.getKey().bytes, e.getValue()))
            .toArray(Accepted[]::new);
  }

  /**
   * Stops accepting {@code token}; requests carrying it are answered 401 from now on.
   *
   * @param token the secret
   * @return whether it was accepted before
   */
  public boolean revoke(String token) {
    synchronized (tokens) {
      boolean was = tokens.remove(digest(token)) != null;
      snapshot();
      return was;
    }
  }

  /**
   * How many tokens are currently accepted.
   *
   * @return the number of distinct tokens
   */
  public int size() {
    return tokens.size();
  }

  @Override
  public @Nullable ScimPrincipal authenticate(IncomingRequest request) {
    java.util.List<String> headers = request.headers().get("Authorization");
    if (headers == null || headers.size() != 1) {
      return null;
    }
    String header = headers.get(0);
    int end = header.length();
    while (end > 0 && isOws(header.charAt(end - 1))) {
      end--;
    }
    int start = credentialStart(header, end);
    if (start < 0) {
      return null;
    }
    Accepted[] current = accepted;
    Hasher hasher = HASHERS.get();
    ScimPrincipal found = hasher.recall(current, header, start, end);
    if (found != null) {
      return found;
    }
    byte[] offered = hasher.digest(header, start, end); // this thread's until its next digest
    // Compare with every token, without stopping early, so timing reveals nothing.
    for (Accepted a : current) {
      if (MessageDigest.isEqual(a.digest, offered)) {
        found = a.principal;
      }
    }
    if (found != null) {
      hasher.remember(current, header.substring(start, end), found);
    }
    return found;
  }

  /**
   * Where the credential starts in a {@code Bearer} header value ({@code Bearer 1*SP credential},
   * with optional whitespace around the whole value) whose trailing whitespace starts at {@code
   * end}, or -1 when the value is anything else.
   */
  static int credentialStart(String header, int end) {
    int start = 0;
    while (start < end && isOws(header.charAt(start))) {
      start++;
    }
    int scheme = SCHEME.length() - 1; // "bearer" without its space
    if (end - start <= scheme + 1
        || !header.regionMatches(true, start, SCHEME, 0, scheme)
        || header.charAt(start + scheme) != ' ') {
      return -1;
    }
    int c = start + scheme;
    while (c < end && header.charAt(c) == ' ') {
      c++;
    }
    return c < end && isCredential(header, c, end) ? c : -1;
  }

  /** Whether {@code s[from, to)} is visible ASCII only (no whitespace, control or non-ASCII). */
  private static boolean isCredential(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch <= 0x20 || ch >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  /** Never used itself: each thread's hasher works on a clone, which skips the provider look-up. */
  private static final MessageDigest SHA_256 = sha256();

  /**
   * A digest and its buffers per thread: cloning a digest, encoding the credential and allocating
   * the result for every request cost more than the digest itself.
   */
  private static final ThreadLocal<Hasher> HASHERS = ThreadLocal.withInitial(Hasher::new);

  private static Digest digest(String token) {
    return new Digest(HASHERS.get().digest(token).clone());
  }

  private static MessageDigest prototype() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return sha256();
    }
  }

  /**
   * SHA-256 of visible ASCII text ({@link #isCredential}), into buffers it reuses; and the last
   * credential this thread accepted, with the token set it was accepted from.
   */
  private static final class Hasher {
    private final MessageDigest md = prototype();
    private final byte[] out = new byte[32];
    private byte[] in = new byte[64];
    private Accepted @Nullable [] lastSet;
    private String lastCredential = "";
    private @Nullable ScimPrincipal lastPrincipal;

    /**
     * The principal of the credential {@code header[from, to)} when it is the credential this
     * thread last accepted from {@code set} (the same array: a token added or revoked since makes a
     * new one), else {@code null}. The comparison takes the same time whatever the two hold: it
     * walks every character of the credential (whose length the caller knows) against the
     * remembered one, wrapping around it, so neither its content nor its length shows in the
     * timing.
     */
    @Nullable ScimPrincipal recall(Accepted[] set, String header, int from, int to) {
      if (set != lastSet) {
        return null;
      }
      String last = lastCredential; // never empty once lastSet is set
      int n = to - from;
      int m = last.length();
      int diff = n ^ m;
      for (int i = from, j = 0; i < to; i++) {
        diff |= header.charAt(i) ^ last.charAt(j);
        j = j + 1 == m ? 0 : j + 1;
      }
      return diff == 0 ? lastPrincipal : null;
    }

    void remember(Accepted[] set, String credential, ScimPrincipal principal) {
      lastSet = set;
      lastCredential = credential;
      lastPrincipal = principal;
    }

    /** The digest of {@code ascii}, in an array this hasher overwrites on its next call. */
    byte[] digest(String ascii) {
      return digest(ascii, 0, ascii.length());
    }

    /** The digest of {@code ascii[from, to)}, in an array overwritten on the next call. */
    byte[] digest(String ascii, int from, int to) {
      int n = to - from;
      if (n > in.length) {
        in = new byte[Math.max(n, in.length * 2)];
      }
      for (int i = 0; i < n; i++) {
        in[i] = (byte) ascii.charAt(from + i); // visible ASCII: one byte each, as UTF-8
      }
      md.update(in, 0, n);
      try {
        md.digest(out, 0, out.length);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException("SHA-256 writes 32 bytes", e);
      }
      return out;
    }
  }

  /** A token's digest and its principal. */
  private static final class Accepted {
    final byte[] digest;
    final ScimPrincipal principal;

    Accepted(byte[] digest, ScimPrincipal principal) {
      this.digest = digest;
      this.principal = principal;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
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
