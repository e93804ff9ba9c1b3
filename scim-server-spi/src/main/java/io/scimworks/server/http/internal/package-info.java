/** Code shared by the HTTP bindings; not an API. */
@NullMarked
package io.scimworks.server.http.internal;

import org.jspecify.annotations.NullMarked;
