/** Internals of scim-core's schema model shared by validation and PATCH; not API. */
@NullMarked
package io.scimworks.core.schema.internal;

import org.jspecify.annotations.NullMarked;
