/** Client throughput: provisioning users through {@code scim-client} into the demo server. */
@NullMarked
package io.scimworks.benchmarks.client;

import org.jspecify.annotations.NullMarked;
