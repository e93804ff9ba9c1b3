/** SCIMworks server. */
@NullMarked
package io.scimworks.server;

import org.jspecify.annotations.NullMarked;
