package io.scimworks.server;

/**
 * Answers one request. {@code ScimServer} is the real implementation; HTTP bindings depend only on
 * this interface.
 *
 * <p>Implementations never throw: every failure becomes an error response.
 */
@FunctionalInterface
public interface ScimHandler {
  /** Answers {@code request}. */
  ScimResponse handle(ScimRequest request);
}
