package io.scimworks.server.http.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request body without ever holding more than the limit: a declared length over the limit
 * is refused before reading, and a body of unknown length (chunked) is counted as it arrives.
 */
public final class BoundedBody {
  /** The first buffer for a body of unknown length; it doubles as the body grows. */
  private static final int FIRST_CHUNK = 1024;

  /**
   * The body of a request without one (no {@code Content-Length}, not chunked), which a binding
   * answers without reading its stream. Empty; never written to.
   */
  public static final byte[] NONE = new byte[0];

  private BoundedBody() {}

  /** Thrown when a body is, or announces to be, larger than the limit. */
  public static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("request body larger than " + limit + " bytes", null, false, false);
    }
  }

  /** Thrown when a body keeps arriving, slowly, past its deadline. */
  public static final class TooSlowException extends IOException {
    private static final long serialVersionUID = 1L;

    TooSlowException() {
      super("request body not received in time");
    }
  }

  /**
   * Reads the whole body, however long it takes (the caller bounds the time otherwise).
   *
   * @param in the body stream
   * @param declaredLength the {@code Content-Length}, or {@code -1} when unknown
   * @param limit the largest body accepted
   * @return the body, empty when there is none
   * @throws TooLargeException once the body is known to exceed {@code limit}; the rest is not read
   * @throws IOException when the client disconnects or times out
   */
  public static byte[] read(InputStream in, long declaredLength, long limit)
      throws IOException, TooLargeException {
    return read(in, declaredLength, limit, Long.MAX_VALUE);
  }

  /**
   * Reads the whole body within {@code maxNanos}, checked after each read: a server's idle timeout
   * ends a client that stops sending, this ends one that trickles a byte now and then.
   *
   * @param in the body stream
   * @param declaredLength the {@code Content-Length}, or {@code -1} when unknown
   * @param limit the largest body accepted
   * @param maxNanos how long the whole body may take
   * @return the body, empty when there is none
   * @throws TooLargeException once the body is known to exceed {@code limit}; the rest is not read
   * @throws TooSlowException when the body is still arriving after {@code maxNanos}
   * @throws IOException when the client disconnects or times out
   */
  public static byte[] read(InputStream in, long declaredLength, long limit, long maxNanos)
      throws IOException, TooLargeException {
    if (declaredLength > limit) {
      throw new TooLargeException(limit);
    }
    long start = System.nanoTime();
    if (declaredLength >= 0) {
      // The server's stream ends at the declared length.
      byte[] body = new byte[(int) declaredLength];
      int size = 0;
      while (size < body.length) {
        int n = in.read(body, size, body.length - size);
        if (n < 0) {
          throw new EOFException("request body shorter than its Content-Length");
        }
        size += n;
        checkTime(start, maxNanos);
      }
      return body;
    }
    byte[] buffer = new byte[(int) Math.min(limit, FIRST_CHUNK)];
    int size = 0;
    while (true) {
      if (size == buffer.length) {
        if (size >= limit) {
          // Full at the limit: one more byte means the body is too large.
          if (in.read() < 0) {
            return buffer;
          }
          throw new TooLargeException(limit);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit, (long) buffer.length * 2));
      }
      int n = in.read(buffer, size, buffer.length - size);
      if (n < 0) {
        return Arrays.copyOf(buffer, size);
      }
      size += n;
      checkTime(start, maxNanos);
    }
  }

  private static void checkTime(long start, long maxNanos) throws TooSlowException {
    if (maxNanos != Long.MAX_VALUE && System.nanoTime() - start > maxNanos) {
      throw new TooSlowException();
    }
  }

  /**
   * Reads and throws away what is left of a body the binding has already answered, until it ends,
   * {@code maxBytes} were read or {@code maxNanos} passed (checked between reads; a read that
   * blocks is bounded by the binding's own timeout). A client still sending its body then gets to
   * read the answer, instead of a connection reset by a server that closed on unread data.
   *
   * @return whether the body was read to its end
   * @throws IOException when the client disconnects or times out
   */
  public static boolean discard(InputStream in, long maxBytes, long maxNanos) throws IOException {
    long deadline = System.nanoTime() + maxNanos;
    byte[] sink = new byte[16 * 1024];
    long read = 0;
    while (read < maxBytes && System.nanoTime() - deadline < 0) {
      int n = in.read(sink, 0, (int) Math.min(sink.length, maxBytes - read));
      if (n < 0) {
        return true;
      }
      read += n;
    }
    return false;
  }

  /**
   * Parses the {@code Content-Length} values of a request: RFC 9110 §8.6 allows only decimal
   * digits, so a sign, inner whitespace, a list or two headers (even of the same value) are
   * malformed rather than read leniently, the way a proxy in front may not have read them.
   *
   * @param values the header's values (one per header line), or {@code null} when absent
   * @return the length, {@code -1} when absent
   * @throws NumberFormatException when present but not one non-negative decimal
   */
  public static long declaredLength(@Nullable List<String> values) {
    if (values == null || values.isEmpty()) {
      return -1;
    }
    if (values.size() > 1) {
      throw new NumberFormatException("several Content-Length headers");
    }
    String v = values.get(0).strip();
    if (v.isEmpty() || v.length() > 18) {
      throw new NumberFormatException("Content-Length empty or too long");
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        throw new NumberFormatException("Content-Length is not a decimal number");
      }
    }
    return Long.parseLong(v);
  }
}
