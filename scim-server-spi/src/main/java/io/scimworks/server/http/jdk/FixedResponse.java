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
      byte[] body = response.body();
      if (exchange.getRequestMethod().equals("HEAD")) {
        // the length a GET would get, and no body (passing a length logs a warning per request)
        exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        exchange.sendResponseHeaders(response.status(), -1);
        return;
      }
      exchange.sendResponseHeaders(response.status(), body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body);
      out.flush();
    } finally {
      exchange.close();
    }
  }
}
