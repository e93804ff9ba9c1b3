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

  /**
   * Copies the mutable parts.
   *
   * @param targetId the target id, or {@code null}
   * @param sent the values last sent (copied)
   * @param disabled whether the engine disabled the target user
   * @param members a group's member target ids as last sent (copied)
   * @param failures failed attempts in a row
   * @param retryAt when an object in escrow is tried again, or {@code null}
   * @param lastError the last failure, or {@code null}
   */
  public ObjectState {
    sent = Objects.requireNonNull(sent, "sent").deepCopy();
    members = List.copyOf(members);
  }

  /**
   * The state of an object just provisioned as {@code targetId} with {@code sent}.
   *
   * @param targetId the id the target gave it
   * @param sent the values sent, keyed by target path (copied)
   * @return enabled, no members, no failures
   */
  public static ObjectState provisioned(String targetId, ObjectNode sent) {
    return new ObjectState(targetId, sent, false, List.of(), 0, null, null);
  }

  /**
   * Whether the object waits in escrow at {@code now}.
   *
   * @param now the current time
   * @return true while it failed and {@code now} is before {@code retryAt}
   */
  public boolean inEscrow(Instant now) {
    return failures > 0 && retryAt != null && now.isBefore(retryAt);
  }

  /**
   * A copy with other values sent; clears the failures.
   *
   * @param sent the values sent (copied)
   * @return a copy
   */
  public ObjectState withSent(ObjectNode sent) {
    return new ObjectState(targetId, sent, disabled, members, 0, null, null);
  }

  /**
   * A copy disabled or enabled; clears the failures.
   *
   * @param disabled whether the target user is now disabled
   * @return a copy
   */
  public ObjectState withDisabled(boolean disabled) {
    return new ObjectState(targetId, sent, disabled, members, 0, null, null);
  }

  /**
   * A copy with other members; clears the failures.
   *
   * @param members the member target ids as now sent (copied)
   * @return a copy
   */
  public ObjectState withMembers(List<String> members) {
    return new ObjectState(targetId, sent, disabled, members, 0, null, null);
  }

  /**
   * A copy recording one more failure, in escrow until {@code retryAt}.
   *
   * @param retryAt when to try again
   * @param error the failure, in words
   * @return a copy with {@code failures} one higher
   */
  public ObjectState withFailure(Instant retryAt, String error) {
    return new ObjectState(targetId, sent, disabled, members, failures + 1, retryAt, error);
  }
}
