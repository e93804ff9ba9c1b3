/**
 * Resources as schema-aware JSON trees: {@link io.scimworks.core.resource.ScimResource} with
 * path-based access, and its {@link io.scimworks.core.resource.Meta}.
 */
@NullMarked
package io.scimworks.core.resource;

import org.jspecify.annotations.NullMarked;
