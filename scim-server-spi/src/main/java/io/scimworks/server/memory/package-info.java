/**
 * A thread-safe in-memory {@link io.scimworks.server.spi.Repository} for tests, demos and small
 * deployments: {@link io.scimworks.server.memory.InMemoryRepository}.
 */
@NullMarked
package io.scimworks.server.memory;

import org.jspecify.annotations.NullMarked;
