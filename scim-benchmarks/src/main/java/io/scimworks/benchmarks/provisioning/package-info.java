/** Throughput of the provisioning engine beside the raw client, over loopback HTTP. */
@NullMarked
package io.scimworks.benchmarks.provisioning;

import org.jspecify.annotations.NullMarked;
