package io.scimworks.provisioning;

import java.util.List;

/**
 * What provisioning one user on demand did.
 *
 * @param sourceId the user's source id
 * @param steps the user, then each of its groups
 */
public record OnDemandResult(String sourceId, List<Step> steps) {

  /**
   * Copies the steps.
   *
   * @param sourceId the user's source id
   * @param steps the user, then each of its groups
   */
  public OnDemandResult {
    steps = List.copyOf(steps);
  }

  /**
   * One object's provisioning.
   *
   * @param name what was provisioned, e.g. {@code user u1} or {@code group g7}
   * @param kind user or group
   * @param exchanges the requests sent and the answers, in order (match, create or update, members)
   * @param outcome the log records, with action and status
   */
  public record Step(
      String name, ObjectKind kind, List<Exchange> exchanges, List<ProvisioningRecord> outcome) {
    /**
     * Copies the lists.
     *
     * @param name what was provisioned, e.g. {@code user u1} or {@code group g7}
     * @param kind user or group
     * @param exchanges the requests sent and the answers, in order (match, create or update,
     *     members)
     * @param outcome the log records, with action and status
     */
    public Step {
      exchanges = List.copyOf(exchanges);
      outcome = List.copyOf(outcome);
    }
  }
}
