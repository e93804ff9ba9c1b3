/** JMH benchmarks of the server core, in process (no HTTP). */
@NullMarked
package io.scimworks.benchmarks.server;

import org.jspecify.annotations.NullMarked;
