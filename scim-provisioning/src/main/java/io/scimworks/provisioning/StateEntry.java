package io.scimworks.provisioning;

import java.util.Objects;

/**
 * One source object's state, as {@link ProvisioningState#entries(ObjectKind)} lists it.
 *
 * @param sourceId the source object's id
 * @param state what the engine remembers of it
 */
public record StateEntry(String sourceId, ObjectState state) {

  /**
   * Rejects nulls.
   *
   * @param sourceId the source object's id
   * @param state what the engine remembers of it
   * @throws NullPointerException when either is null
   */
  public StateEntry {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(state, "state");
  }
}
