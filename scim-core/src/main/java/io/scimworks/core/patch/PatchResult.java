package io.scimworks.core.patch;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What applying a PATCH produced.
 *
 * @param resource the patched resource: a new tree, never the caller's input
 * @param changed whether it differs from the input; when {@code false} a server can skip the write
 *     and keep the resource's version and {@code meta.lastModified} (RFC 7644 §3.5.2.1)
 */
public record PatchResult(ObjectNode resource, boolean changed) {

  /**
   * Rejects a null resource.
   *
   * @param resource the patched tree; not null
   * @param changed whether it differs from the input
   * @throws NullPointerException when {@code resource} is null
   */
  public PatchResult {
    Objects.requireNonNull(resource, "resource");
  }
}
