package io.scimworks.benchmarks.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.directory.scim.core.json.ObjectMapperFactory;
import org.apache.directory.scim.core.repository.DefaultPatchHandler;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.spec.extension.EnterpriseExtension;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.ScimUser;

/** Apache SCIMple: {@code DefaultPatchHandler.apply}, which returns a new user. */
final class ScimplePatch {
  private final DefaultPatchHandler handler;
  private final ScimUser user;
  private final List<PatchOperation> operations = new ArrayList<>();

  ScimplePatch() {
    SchemaRegistry registry = new SchemaRegistry();
    registry.addSchema(ScimUser.class, List.of(EnterpriseExtension.class));
    ObjectMapper mapper = ObjectMapperFactory.createObjectMapper(registry);
    handler = new DefaultPatchHandler(registry);
    try {
      user = mapper.readValue(PatchInputs.USER, ScimUser.class);
      for (JsonNode op : mapper.readTree(PatchInputs.PATCH).get("Operations")) {
        operations.add(mapper.treeToValue(op, PatchOperation.class));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  ScimUser apply() {
    return handler.apply(user, operations);
  }
}
