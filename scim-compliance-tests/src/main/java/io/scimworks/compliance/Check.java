package io.scimworks.compliance;

import java.util.Objects;
import java.util.Set;

/**
 * One check of the catalogue, as data.
 *
 * @param id a stable identifier such as {@code filter.userName-case-insensitive}
 * @param title what the target must do, as a sentence
 * @param reference the RFC section ({@code RFC 7644 §3.4.2.2}) or identity provider it comes from
 * @param severity how much a failure matters
 * @param tags the areas it covers
 * @param profiles the profiles it belongs to
 * @param writes whether it creates, changes or deletes data (skipped by a read-only run)
 */
public record Check(
    String id,
    String title,
    String reference,
    Severity severity,
    Set<Tag> tags,
    Set<Profile> profiles,
    boolean writes) {

  /**
   * Copies the sets and rejects nulls.
   *
   * @param id a stable identifier such as {@code filter.userName-case-insensitive}
   * @param title what the target must do, as a sentence
   * @param reference the RFC section or identity provider it comes from
   * @param severity how much a failure matters
   * @param tags the areas it covers
   * @param profiles the profiles it belongs to
   * @param writes whether it creates, changes or deletes data
   */
  public Check {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(severity, "severity");
    tags = Set.copyOf(tags);
    profiles = Set.copyOf(profiles);
  }
}
