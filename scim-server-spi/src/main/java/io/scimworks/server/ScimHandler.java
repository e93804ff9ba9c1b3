package io.scimworks.server;

/**
 * Answers one request. {@code ScimServer} is the real implementation; HTTP bindings depend only on
 * this interface.
 *
 * <p>Implementations never throw: every failure becomes an error response.
 */
@FunctionalInterface
public interface ScimHandler {
  /**
   * Answers {@code request}; never throws.
   *
   * @param request the request; not null
   * @return the response, an RFC 7644 §3.12 error response when anything failed; never null
   */
  ScimResponse handle(ScimRequest request);
}
