package io.scimworks.compliance;

import io.scimworks.compliance.internal.Engine;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of the catalogue against a target. It reads the target's ServiceProviderConfig,
 * ResourceTypes and Schemas, runs the selected checks that apply (skipping, with the reason, what
 * the target does not advertise), and deletes every resource it created, also when checks fail or
 * the JVM is stopped.
 *
 * <pre>{@code
 * RunReport report = ComplianceRun.builder()
 *     .url(URI.create("http://localhost:8080/scim/v2"))
 *     .token("secret")
 *     .build()
 *     .run();
 * }</pre>
 */
public final class ComplianceRun {
  private final Builder b;

  private ComplianceRun(Builder b) {
    this.b = b;
  }

  /**
   * A new builder; {@link Builder#url} is required.
   *
   * @return a builder with every profile and tag selected, a 30 s timeout and no token
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every check of the catalogue, in the order a run takes them.
   *
   * @return an immutable list, the same for every call
   */
  public static List<Check> catalogue() {
    return Engine.catalogue();
  }

  /**
   * Runs the selected checks: discovery first, then each check in catalogue order; data it created
   * is deleted before it returns.
   *
   * @return what every selected check found
   * @throws TargetUnavailableException when the target cannot be reached, TLS fails, the token is
   *     refused or the URL is not a SCIM endpoint
   */
  public RunReport run() {
    return new Engine(
            Objects.requireNonNull(b.url, "url"),
            b.token,
            b.profiles,
            b.tags,
            b.checkIds,
            b.readOnly,
            b.failFast,
            b.timeout,
            b.listener)
        .run();
  }

  /** Configures a {@link ComplianceRun}. */
  public static final class Builder {
    private @Nullable URI url;
    private String token = "";
    private Set<Profile> profiles = EnumSet.allOf(Profile.class);
    private Set<Tag> tags = EnumSet.allOf(Tag.class);
    private @Nullable Set<String> checkIds;
    private boolean readOnly;
    private boolean failFast;
    private Duration timeout = Duration.ofSeconds(30);
    private RunListener listener = new RunListener() {};

    private Builder() {}

    /**
     * The target's base URL.
     *
     * @param url where {@code /ServiceProviderConfig} and the resource endpoints live ({@code
     *     https://host/scim/v2})
     * @return this builder
     */
    public Builder url(URI url) {
      this.url = url;
      return this;
    }

    /**
     * The bearer token to send (default: none, so only an open endpoint answers).
     *
     * @param token the token, without the {@code Bearer } scheme
     * @return this builder
     */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /**
     * Only checks of these profiles (default: all).
     *
     * @param profiles the profiles to run; a check runs when it belongs to one of them
     * @return this builder
     */
    public Builder profiles(Set<Profile> profiles) {
      this.profiles = Set.copyOf(profiles);
      return this;
    }

    /**
     * Only checks with one of these tags (default: all).
     *
     * @param tags the areas to run
     * @return this builder
     */
    public Builder tags(Set<Tag> tags) {
      this.tags = Set.copyOf(tags);
      return this;
    }

    /**
     * Only the checks with these ids (default: every one the profiles and tags select).
     *
     * @param ids check ids as in {@link Check#id()}
     * @return this builder
     */
    public Builder checks(Set<String> ids) {
      this.checkIds = Set.copyOf(ids);
      return this;
    }

    /**
     * Runs only checks that write nothing, for production endpoints.
     *
     * @param readOnly whether to skip every check that {@link Check#writes() writes}
     * @return this builder
     */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /**
     * Stops after the first failed {@link Severity#MUST} check, reporting the rest as skipped.
     *
     * @param failFast whether to stop early
     * @return this builder
     */
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /**
     * How long one exchange may take, until the last byte of the response body (default 30 s); an
     * exchange that takes longer fails its check, as does a response body over 32 MiB.
     *
     * @param timeout the limit per request
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Follows the run as it goes (default: nothing).
     *
     * @param listener told when the run starts and when each check starts and ends
     * @return this builder
     */
    public Builder listener(RunListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * The run, ready to {@link ComplianceRun#run()}.
     *
     * @return a run with this configuration; the builder can be changed afterwards without effect
     *     on it
     */
    public ComplianceRun build() {
      return new ComplianceRun(this);
    }
  }
}
