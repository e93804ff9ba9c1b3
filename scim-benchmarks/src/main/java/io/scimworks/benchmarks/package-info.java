/** JMH benchmarks of SCIMworks, side by side with peer libraries in the same JVM. Not published. */
@NullMarked
package io.scimworks.benchmarks;

import org.jspecify.annotations.NullMarked;
