/** Internals of scim-core; not API, may change without notice. */
@NullMarked
package io.scimworks.core.internal;

import org.jspecify.annotations.NullMarked;
