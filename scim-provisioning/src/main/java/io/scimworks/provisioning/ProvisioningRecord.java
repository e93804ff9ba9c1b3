package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of the provisioning log: one action on one object.
 *
 * @param time when it ended
 * @param cycle the number of the cycle it belongs to
 * @param kind user or group
 * @param action what was done
 * @param status how it ended
 * @param sourceId the object's id in the source
 * @param targetId the resource's id at the target, when known
 * @param detail what happened, in words
 * @param error for a failure: the target's answer ({@code 409 uniqueness: userName taken}),
 *     otherwise {@code null}
 */
public record ProvisioningRecord(
    Instant time,
    long cycle,
    ObjectKind kind,
    Action action,
    Status status,
    String sourceId,
    @Nullable String targetId,
    String detail,
    @Nullable String error) {

  /**
   * Rejects null parts.
   *
   * @param time when it ended
   * @param cycle the number of the cycle it belongs to
   * @param kind user or group
   * @param action what was done
   * @param status how it ended
   * @param sourceId the object's id in the source
   * @param targetId the resource's id at the target, when known
   * @param detail what happened, in words
   * @param error for a failure: the target's answer ({@code 409 uniqueness: userName taken}),
   *     otherwise {@code null}
   */
  public ProvisioningRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * This record as one JSON object, e.g. for a JSON-lines log.
   *
   * @return a new object; absent ids and error are left out
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    o.put("time", time.toString());
    o.put("cycle", cycle);
    o.put("kind", kind.name());
    o.put("action", action.name());
    o.put("status", status.name());
    o.put("sourceId", sourceId);
    if (targetId != null) {
      o.put("targetId", targetId);
    }
    o.put("detail", detail);
    if (error != null) {
      o.put("error", error);
    }
    return o;
  }
}
