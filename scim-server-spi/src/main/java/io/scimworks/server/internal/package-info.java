/** The server's machinery; not an API, may change at any time. */
@NullMarked
package io.scimworks.server.internal;

import org.jspecify.annotations.NullMarked;
