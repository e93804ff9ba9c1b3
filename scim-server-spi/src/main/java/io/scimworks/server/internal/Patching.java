package io.scimworks.server.internal;

import io.scimworks.core.patch.PatchEngine;
import io.scimworks.core.patch.PatchOptions;
import io.scimworks.core.patch.PatchRequest;
import io.scimworks.core.patch.PatchResult;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.ServerMetrics;
import tools.jackson.databind.node.ObjectNode;

/** Turns a PATCH body into a change, through the core PATCH engine. */
final class Patching {
  private final PatchEngine engine;
  private final PatchOptions options;

  private final ResourceType type;
  private final ServerMetrics metrics;

  Patching(
      SchemaRegistry registry, ResourceType type, ServerOptions server, ServerMetrics metrics) {
    this.options = server.patchOptions();
    this.engine =
        PatchEngine.builder(registry, type)
            .options(options)
            .validationOptions(server.validationOptions())
            .build();
    this.type = type;
    this.metrics = metrics;
  }

  /** The change a PATCH body asks for; parsed once, applied (maybe several times) later. */
  ResourceChange change(ObjectNode body) {
    PatchRequest request = PatchRequest.fromJson(body, options);
    metrics.patched(type.name(), request.operations().size());
    return current -> {
      PatchResult result = engine.apply(current, request);
      return result.changed() ? result.resource() : current;
    };
  }
}
