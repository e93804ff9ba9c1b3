/**
 * The RFC 7643 schema model: {@link io.scimworks.core.schema.Schema}, {@link
 * io.scimworks.core.schema.AttributeDefinition}, {@link io.scimworks.core.schema.ResourceType}, the
 * JSON loader and writer {@link io.scimworks.core.schema.Schemas} with the built-in RFC 7643 §8.7
 * definitions, and the {@link io.scimworks.core.schema.SchemaRegistry} that resolves attribute
 * paths.
 *
 * <p>Everything here is immutable and thread-safe.
 */
@NullMarked
package io.scimworks.core.schema;

import org.jspecify.annotations.NullMarked;
