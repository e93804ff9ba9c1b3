package io.scimworks.server.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One write the server performed or refused, like a line of an identity provider's provisioning
 * log.
 *
 * @param time when the request arrived
 * @param operation what was attempted
 * @param resourceType the resource type's name, e.g. {@code User}, or {@code null} for {@code
 *     /Bulk}
 * @param id the resource's id, or {@code null} when there is none (a failed create)
 * @param principal the caller's name
 * @param tenant the tenant
 * @param outcome whether it worked
 * @param status the HTTP status answered
 * @param duration how long it took
 */
public record AuditEvent(
    Instant time,
    Operation operation,
    @Nullable String resourceType,
    @Nullable String id,
    String principal,
    String tenant,
    Outcome outcome,
    int status,
    Duration duration) {

  /**
   * Creates the event.
   *
   * @param time when the request arrived; not null
   * @param operation what was attempted; not null
   * @param resourceType the resource type's name, or {@code null}
   * @param id the resource id, or {@code null}
   * @param principal the caller's name; not null
   * @param tenant the tenant; not null
   * @param outcome how it ended; not null
   * @param status the HTTP status answered
   * @param duration how long it took
   * @throws NullPointerException when a non-null part is null
   */
  public AuditEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * One line for a log: {@code PATCH User/2819c223 by token-1 in default: SUCCESS 200 in 3 ms}.
   *
   * @return the summary, without secrets or resource content
   */
  public String summary() {
    return operation
        + " "
        + (resourceType == null ? "" : resourceType + "/")
        + (id == null ? "-" : id)
        + " by "
        + principal
        + " in "
        + tenant
        + ": "
        + outcome
        + " "
        + status
        + " in "
        + duration.toMillis()
        + " ms";
  }

  /** The kinds of write. */
  public enum Operation {
    /** POST of a resource */
    CREATE,
    /** PUT */
    REPLACE,
    /** PATCH */
    PATCH,
    /** DELETE */
    DELETE,
    /** POST /Bulk */
    BULK
  }

  /** How a write ended. */
  public enum Outcome {
    /** it was applied (2xx) */
    SUCCESS,
    /** it was refused because of the request (4xx) */
    FAILURE,
    /** the server failed (5xx) */
    ERROR
  }
}
