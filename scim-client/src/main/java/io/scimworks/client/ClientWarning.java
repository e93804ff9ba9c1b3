package io.scimworks.client;

import java.net.URI;

/**
 * Something a service did wrong that the client worked around, given to every {@link
 * ClientListener}.
 *
 * @param method the HTTP method of the request that revealed it
 * @param uri the URI of that request
 * @param message what the service did and what the client did about it, in one sentence
 */
public record ClientWarning(String method, URI uri, String message) {

  /** {@code message (METHOD uri)}. */
  @Override
  public String toString() {
    return message + " (" + method + " " + uri + ")";
  }
}
