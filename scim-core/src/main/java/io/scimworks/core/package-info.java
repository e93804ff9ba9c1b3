/** SCIMworks core. */
@NullMarked
package io.scimworks.core;

import org.jspecify.annotations.NullMarked;
