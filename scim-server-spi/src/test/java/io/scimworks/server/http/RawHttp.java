package io.scimworks.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A bare HTTP/1.1 connection for what well-behaved clients never do: lying or huge {@code
 * Content-Length}, endless chunked bodies, stalling half-way, raw bytes in the request line.
 */
public final class RawHttp implements AutoCloseable {
  /** A generous bound so that a server that never answers fails the test instead of hanging. */
  private static final int SOCKET_TIMEOUT_MILLIS = 30_000;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects to a loopback port. */
  public static RawHttp connect(int port) throws IOException {
    return new RawHttp(new Socket(InetAddress.getLoopbackAddress(), port));
  }

  /** A response as read off the wire. */
  public record Response(int status, Map<String, String> headers, String body) {
    /** A header value (case-insensitive name), or {@code null}. */
    public @Nullable String header(String name) {
      return headers.get(name);
    }
  }

  /** Sends ASCII text as it is (write {@code \r\n} yourself). */
  public RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends bytes as they are. */
  public RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /**
   * Reads one response, or returns {@code null} if the server closed (or reset) the connection
   * before sending one.
   */
  public @Nullable Response readResponse() throws IOException {
    return readResponse(false);
  }

  /**
   * Reads the response to a {@code HEAD}: status and headers only, whatever {@code Content-Length}
   * says (a body sent anyway shows up as garbage before the next response).
   */
  public @Nullable Response readHeadResponse() throws IOException {
    return readResponse(true);
  }

  private @Nullable Response readResponse(boolean head) throws IOException {
    String statusLine;
    try {
      statusLine = readLine();
    } catch (SocketException reset) {
      return null;
    }
    if (statusLine == null) {
      return null;
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    byte[] body;
    String length = headers.get("Content-Length");
    String encoding = headers.getOrDefault("Transfer-Encoding", "");
    if (head || status < 200) {
      body = new byte[0]; // an interim 1xx has no body, whatever headers it carries
    } else if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = readChunked();
    } else if (status == 204 || status == 304) {
      body = new byte[0];
    } else {
      body = in.readAllBytes();
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Waits until the server closes the connection, reading and discarding whatever it sends.
   *
   * @return {@code true} when closed (or reset); a stuck server fails with a socket timeout
   */
  public boolean awaitClosedByServer() throws IOException {
    try {
      while (in.read() >= 0) {
        // discard
      }
    } catch (SocketException reset) {
      // closed abruptly: closed all the same
    }
    return true;
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine();
      if (sizeLine == null) {
        return body.toByteArray();
      }
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        readLine();
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      readLine();
    }
  }

  private @Nullable String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
