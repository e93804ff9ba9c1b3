package io.scimworks.benchmarks.patch;

import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.utils.JsonUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * UnboundID SCIM 2 SDK 6 (on Jackson 3, like SCIMworks): {@code PatchRequest.apply} on a copy of
 * the stored user.
 */
final class UnboundIdPatch {
  private final ObjectNode user;
  private final PatchRequest request;

  UnboundIdPatch() {
    user = (ObjectNode) JsonUtils.getObjectReader().readTree(PatchInputs.USER);
    request = JsonUtils.getObjectReader().forType(PatchRequest.class).readValue(PatchInputs.PATCH);
  }

  /**
   * Applies the PATCH to a copy (UnboundID mutates in place; a server must not touch its stored
   * copy).
   */
  GenericScimResource apply() {
    GenericScimResource copy = new GenericScimResource(user.deepCopy());
    try {
      request.apply(copy);
    } catch (ScimException e) {
      throw new IllegalStateException(e);
    }
    return copy;
  }
}
