package io.scimworks.provisioning;

import io.scimworks.client.ScimTransportException;
import io.scimworks.client.UnexpectedResponseException;
import io.scimworks.core.ScimException;

/** Puts a failure into words and into the classes Entra ID treats differently. */
final class Failures {
  private Failures() {}

  /** Whether the failure says the credentials are wrong (the job quarantines at once). */
  static boolean credentials(Throwable e) {
    return e instanceof ScimException s
        && !(e instanceof UnexpectedResponseException)
        && (s.status() == 401 || s.status() == 403);
  }

  /** One line for the log: status, scimType and detail, or what kind of failure it was. */
  static String describe(Throwable e) {
    if (e instanceof ScimTransportException t) {
      return (t.isTimeout() ? "timed out: " : "no answer: ") + t.detail();
    }
    if (e instanceof UnexpectedResponseException u) {
      return "service incompatible: HTTP "
          + u.httpStatus()
          + " "
          + (u.contentType() == null ? "without content type" : u.contentType())
          + ": "
          + u.bodySnippet();
    }
    if (e instanceof ScimException s) {
      String prefix = s.status() + (s.scimType() == null ? "" : " " + s.scimType());
      String kind =
          switch (s.status()) {
            case 401, 403 -> " (credentials refused)";
            case 409 -> " (conflict, retried in a later cycle)";
            case 429 -> " (throttled)";
            default -> "";
          };
      return prefix + kind + ": " + (s.detail() == null ? "" : s.detail());
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
