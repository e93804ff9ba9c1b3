package io.scimworks.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers each request with the next scripted step: a response, a
 * dropped connection, a truncated body or no answer at all. Unscripted requests get a 500 that
 * makes the test fail loudly.
 */
final class MisbehavingServer implements AutoCloseable {

  /** What the server does with one request. */
  @FunctionalInterface
  interface Step {
    void perform(HttpExchange exchange, MisbehavingServer server) throws IOException;
  }

  /** A request as the server saw it. */
  record Seen(String method, URI uri, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Step> script = new ArrayDeque<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  MisbehavingServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URI {@code http://127.0.0.1:port/scim/v2}. */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/scim/v2");
  }

  /** A client of this server that asks for no discovery and never retries. */
  ScimClient client() {
    return ScimClient.builder()
        .baseUri(baseUri())
        .discovery(false)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** Appends steps to the script. */
  MisbehavingServer then(Step... steps) {
    synchronized (script) {
      script.addAll(List.of(steps));
    }
    return this;
  }

  /** The requests received so far. */
  List<Seen> requests() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    Step step;
    synchronized (script) {
      step = script.poll();
    }
    if (step == null) {
      step = respond(500, "text/plain", "unscripted request");
    }
    step.perform(exchange, this);
  }

  /** Answers with {@code status}, a content type, a body and extra headers (name, value, ...). */
  static Step respond(int status, String contentType, String body, String... headers) {
    return (exchange, server) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (contentType != null) {
        exchange.getResponseHeaders().add("Content-Type", contentType);
      }
      for (int i = 0; i < headers.length; i += 2) {
        exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
      }
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  /** Answers with a SCIM JSON body. */
  static Step json(int status, String body, String... headers) {
    return respond(status, "application/scim+json", body, headers);
  }

  /** Answers with a SCIM error body. */
  static Step scimError(int status, String scimType, String detail, String... headers) {
    String type = scimType == null ? "" : ",\"scimType\":\"" + scimType + "\"";
    return json(
        status,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\""
            + status
            + "\""
            + type
            + ",\"detail\":\""
            + detail
            + "\"}",
        headers);
  }

  /** Closes the connection without answering. */
  static Step drop() {
    return (exchange, server) -> {
      throw new IOException("dropping the connection on purpose");
    };
  }

  /** Announces {@code declaredLength} bytes, sends {@code partial} and closes the connection. */
  static Step truncate(int status, int declaredLength, String partial) {
    return (exchange, server) -> {
      exchange.getResponseHeaders().add("Content-Type", "application/scim+json");
      exchange.sendResponseHeaders(status, declaredLength);
      OutputStream out = exchange.getResponseBody();
      out.write(partial.getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("cutting the body short on purpose");
    };
  }

  /** Never answers (until the server closes). */
  static Step stall() {
    return (exchange, server) -> {
      try {
        server.closing.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    };
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
