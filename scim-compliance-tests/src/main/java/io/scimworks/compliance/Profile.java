package io.scimworks.compliance;

import java.util.Locale;

/**
 * Who a check speaks for: the RFCs themselves, or an identity provider whose requests it replays.
 */
public enum Profile {
  /** RFC 7643, RFC 7644 and RFC 9865. */
  CORE("core"),
  /** Microsoft Entra ID's provisioning service with its default request shapes. */
  ENTRA("entra"),
  /** Entra ID with the {@code aadOptscim062020} flag: lower-case ops, one path-less replace. */
  ENTRA_FLAG("entra-flag"),
  /** Okta's provisioning. */
  OKTA("okta"),
  /** The checks Microsoft's SCIM validator runs. */
  VALIDATOR("validator");

  private final String label;

  Profile(String label) {
    this.label = label;
  }

  /**
   * The name used on the command line and in reports.
   *
   * @return {@code core}, {@code entra}, {@code entra-flag}, {@code okta} or {@code validator}
   */
  public String label() {
    return label;
  }

  /**
   * The profile with this label.
   *
   * @param label a {@link #label()}, in any case, surrounding spaces ignored
   * @return the profile
   * @throws IllegalArgumentException when no profile has this label (the message lists them)
   */
  public static Profile of(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (Profile p : values()) {
      if (p.label.equals(wanted)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile '" + label + "' (core, entra, entra-flag, okta, validator)");
  }
}
