package io.scimworks.server.http.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.http.internal.RawTargets;
import java.io.IOException;
import java.io.OutputStream;

/** Answers every exchange with the same response (a SCIM 404 outside the mount point). */
final class FixedResponse implements HttpHandler {
  private final ScimResponse response;

  FixedResponse(ScimResponse response) {
    this.response = response;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      RawTargets.forEachHeader(response, exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(response.status(), response.body().length);
      OutputStream out = exchange.getResponseBody();
      out.write(response.body());
      out.flush();
    } finally {
      exchange.close();
    }
  }
}
