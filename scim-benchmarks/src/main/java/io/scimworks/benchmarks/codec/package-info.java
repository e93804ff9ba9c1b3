/** Core codec benchmark: decode + validate + encode a User against bare Jackson. */
@NullMarked
package io.scimworks.benchmarks.codec;

import org.jspecify.annotations.NullMarked;
