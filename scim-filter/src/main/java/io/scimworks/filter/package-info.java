/** SCIMworks filter. */
@NullMarked
package io.scimworks.filter;

import org.jspecify.annotations.NullMarked;
