/**
 * A SCIM 2.0 compliance suite that checks any endpoint over raw HTTP: a catalogue of {@link
 * io.scimworks.compliance.Check checks}, a {@link io.scimworks.compliance.ComplianceRun run} that
 * discovers what the target advertises and runs what applies, and the results.
 *
 * <pre>{@code
 * RunReport report = ComplianceRun.builder()
 *     .url(URI.create("https://vendor.example/scim/v2"))
 *     .token(secret)
 *     .profiles(Set.of(Profile.CORE, Profile.ENTRA))
 *     .build()
 *     .run();
 * }</pre>
 */
@NullMarked
package io.scimworks.compliance;

import org.jspecify.annotations.NullMarked;
