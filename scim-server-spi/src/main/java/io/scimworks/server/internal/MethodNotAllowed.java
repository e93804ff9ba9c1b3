package io.scimworks.server.internal;

import io.scimworks.core.ScimException;

/** A 405 that knows which methods the endpoint allows (sent as {@code Allow}). */
final class MethodNotAllowed extends ScimException {
  private static final long serialVersionUID = 1L;

  private final String allow;

  MethodNotAllowed(String allow) {
    super(405, null, "Method not allowed here; allowed: " + allow);
    this.allow = allow;
  }

  String allow() {
    return allow;
  }
}
