package io.scimworks.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the engine remembers of one source object between cycles.
 *
 * @param targetId the id of the resource at the target, or {@code null} when none was made yet
 * @param sent the values last sent, keyed by target path ({@code {"name.givenName": "Alice"}}), so
 *     that the next cycle sends only what changed without reading the target
 * @param disabled whether the engine disabled the target user
 * @param members for a group, the target ids of its members as last sent (sorted)
 * @param failures failed attempts in a row (0 when the last one succeeded)
 * @param retryAt while in escrow (failures &gt; 0): when the object is tried again
 * @param lastError the last failure, or {@code null}
 */
public record ObjectState(
    @Nullable String targetId,
    ObjectNode sent,
    boolean disabled,
    List<String> members,
    int failures,
    @Nullable Instant retryAt,
    @Nullable String lastError) {

  /** Copies the mutable parts. */
  public ObjectState {
    sent = Objects.requireNonNull(sent, "sent").deepCopy();
    members = List.copyOf(members);
  }

  /** The state of an object just provisioned as {@code targetId} with {@code sent}. */
  public static ObjectState provisioned(String targetId, ObjectNode sent) {
    return new ObjectState(targetId, sent, false, List.of(), 0, null, null);
  }

  /** Whether the object waits in escrow at {@code now}. */
  public boolean inEscrow(Instant now) {
    return failures > 0 && retryAt != null && now.isBefore(retryAt);
  }

  /** A copy with other values sent. */
  public ObjectState withSent(ObjectNode sent) {
    return new ObjectState(targetId, sent, disabled, members, 0, null, null);
  }

  /** A copy disabled or enabled. */
  public ObjectState withDisabled(boolean disabled) {
    return new ObjectState(targetId, sent, disabled, members, 0, null, null);
  }

  /** A copy with other members. */
  public ObjectState withMembers(List<String> members) {
    return new ObjectState(targetId, sent, disabled, members, 0, null, null);
  }

  /** A copy recording one more failure, in escrow until {@code retryAt}. */
  public ObjectState withFailure(Instant retryAt, String error) {
    return new ObjectState(targetId, sent, disabled, members, failures + 1, retryAt, error);
  }
}
