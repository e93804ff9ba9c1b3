package io.scimworks.benchmarks.patch;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchEngine;
import io.scimworks.core.patch.PatchRequest;
import io.scimworks.core.patch.PatchResult;
import io.scimworks.core.schema.SchemaRegistry;
import tools.jackson.databind.node.ObjectNode;

/** SCIMworks: {@code PatchEngine.apply}, which copies the stored user once and patches the copy. */
final class ScimworksPatch {
  private final PatchEngine engine;
  private final ObjectNode user = ScimJson.readObject(PatchInputs.USER);
  private final PatchRequest request;

  ScimworksPatch(String body) {
    SchemaRegistry registry = SchemaRegistry.defaults();
    engine = PatchEngine.of(registry, registry.resourceType("User").orElseThrow());
    request = PatchRequest.fromJson(ScimJson.readObject(body));
  }

  PatchResult apply() {
    return engine.apply(user, request);
  }

  /** The baseline every library pays at least once: a deep copy of the stored user. */
  ObjectNode copy() {
    return user.deepCopy();
  }
}
