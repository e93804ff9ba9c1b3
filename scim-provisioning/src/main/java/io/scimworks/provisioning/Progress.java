package io.scimworks.provisioning;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How far a cycle has come.
 *
 * @param phase what the cycle is working on: {@code users}, {@code groups}, {@code deletions}
 * @param done objects handled so far in this cycle
 * @param remaining objects left, or -1 when the source cannot tell
 * @param perSecond objects handled per second so far
 * @param eta the estimated time left, or {@code null} when unknown
 */
public record Progress(
    String phase, long done, long remaining, double perSecond, @Nullable Duration eta) {}
