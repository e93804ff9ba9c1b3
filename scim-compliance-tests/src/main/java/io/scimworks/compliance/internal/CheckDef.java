package io.scimworks.compliance.internal;

import io.scimworks.compliance.Check;
import io.scimworks.compliance.Profile;
import io.scimworks.compliance.Severity;
import io.scimworks.compliance.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A check of the catalogue with what it needs and what it does.
 *
 * @param check the check's data
 * @param needs what the target must advertise for it to run
 * @param body what it does
 */
public record CheckDef(Check check, Set<Feature> needs, Body body) {

  /** What a check does; it throws {@link CheckFailure} or {@link CheckSkipped}. */
  @FunctionalInterface
  public interface Body {
    /** Runs against the target. */
    void run(Ctx ctx);
  }

  /** Starts a check: a {@link Severity#MUST} of the core profile that writes nothing. */
  static Builder check(String id, String title) {
    return new Builder(id, title);
  }

  /** Builds one {@link CheckDef}. */
  static final class Builder {
    private final String id;
    private final String title;
    private String reference = "RFC 7644";
    private Severity severity = Severity.MUST;
    private final Set<Tag> tags = EnumSet.noneOf(Tag.class);
    private final Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    private final Set<Feature> needs = EnumSet.noneOf(Feature.class);
    private boolean writes;

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    Builder ref(String reference) {
      this.reference = reference;
      return this;
    }

    Builder should() {
      severity = Severity.SHOULD;
      return this;
    }

    Builder interop() {
      severity = Severity.INTEROP;
      return this;
    }

    Builder tags(Tag... t) {
      tags.addAll(List.of(t));
      return this;
    }

    Builder profiles(Profile... p) {
      profiles.addAll(List.of(p));
      return this;
    }

    Builder needs(Feature... f) {
      needs.addAll(List.of(f));
      return this;
    }

    Builder writes() {
      writes = true;
      return this;
    }

    CheckDef run(Body body) {
      Set<Profile> p = profiles.isEmpty() ? EnumSet.of(Profile.CORE) : profiles;
      return new CheckDef(new Check(id, title, reference, severity, tags, p, writes), needs, body);
    }
  }
}
