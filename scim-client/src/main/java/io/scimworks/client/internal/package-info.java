/**
 * Internals of the SCIMworks client: HTTP exchange, retries, rate limiting, error mapping. Not an
 * API: anything here may change without notice.
 */
@NullMarked
package io.scimworks.client.internal;

import org.jspecify.annotations.NullMarked;
