/**
 * RFC 7644 protocol messages: {@link io.scimworks.core.message.ListResponse}, {@link
 * io.scimworks.core.message.SearchRequest}, {@link io.scimworks.core.message.BulkRequest}, {@link
 * io.scimworks.core.message.BulkResponse} and {@link io.scimworks.core.message.ErrorResponse}, each
 * an immutable record with {@code fromJson} and {@code toJson}. PATCH requests live in {@code
 * io.scimworks.core.patch}.
 *
 * <p>Readers are lenient the way identity providers need (keys in any case, numbers sent as
 * strings); writers produce exactly what RFC 7644 shows.
 */
@NullMarked
package io.scimworks.core.message;

import org.jspecify.annotations.NullMarked;
