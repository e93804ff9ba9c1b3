/**
 * Internals of the SCIMworks client: request and response values, URI building, rate limiting,
 * {@code Retry-After} parsing, resource codecs, masking of secrets. Not an API: anything here may
 * change without notice. Nothing here uses the API package {@code io.scimworks.client}, so the
 * arrows between the two run one way.
 */
@NullMarked
package io.scimworks.client.internal;

import org.jspecify.annotations.NullMarked;
