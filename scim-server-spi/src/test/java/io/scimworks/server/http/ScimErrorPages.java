package io.scimworks.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * A Jetty error handler that answers what Jetty refuses before the servlet (a bad {@code Host}, an
 * ambiguous path, headers too large) as an RFC 7644 §3.12 error without {@code scimType}, as an
 * application that wants SCIM bodies everywhere configures it. It marks its answers with {@code
 * X-Error-Page: container}, so that tests can tell them from the binding's.
 */
final class ScimErrorPages extends ErrorHandler {
  static final String MARK = "X-Error-Page";

  private static byte[] body(int status) {
    return ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\""
            + status
            + "\"}")
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/scim+json");
    response.getHeaders().put(MARK, "container");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  // Jetty 12.0 still answers a request it cannot parse through this hook, though it is marked for
  // removal in a later version
  @SuppressWarnings("removal")
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/scim+json");
    fields.put(MARK, "container");
    return ByteBuffer.wrap(body(status));
  }
}
