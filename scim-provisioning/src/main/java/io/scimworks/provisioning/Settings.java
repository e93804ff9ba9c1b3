package io.scimworks.provisioning;

import java.time.Clock;

/** The engine's settings, as the builder collected them. */
record Settings(
    int parallelism,
    int batchSize,
    int membersPerRequest,
    long deletionThreshold,
    boolean skipOutOfScopeDeletions,
    boolean removeDisabledFromGroups,
    EscrowPolicy escrow,
    QuarantinePolicy quarantine,
    Clock clock) {}
