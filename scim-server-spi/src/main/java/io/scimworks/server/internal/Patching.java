package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.spi.ResourceChange;
import tools.jackson.databind.node.ObjectNode;

/** Turns a PATCH body into a change, through the core PATCH engine. */
final class Patching {
  Patching(SchemaRegistry registry, ResourceType type) {}

  /** The change a PATCH body asks for; parsed once, applied (maybe several times) later. */
  ResourceChange change(ObjectNode body) {
    throw ScimException.notImplemented("PATCH is not available yet");
  }
}
