package io.scimworks.provisioning;

/** How an action ended, as in Entra ID's provisioning logs. */
public enum Status {
  /** Done. */
  SUCCESS,
  /** Failed; the object is in escrow and is tried again later. */
  FAILURE,
  /** Deliberately not done (out of scope, in escrow, a dry run, deletions held back). */
  SKIPPED,
  /** Done, but with something worth a look. */
  WARNING
}
