/**
 * What the HTTP bindings share: {@link io.scimworks.server.http.BindingOptions}, the transport
 * limits every binding enforces before a request reaches the {@link
 * io.scimworks.server.ScimHandler}.
 *
 * <p>The bindings themselves live in {@code io.scimworks.server.http.jdk} (the JDK's built-in
 * server, no dependencies) and {@code io.scimworks.server.http.servlet} (any Jakarta Servlet 6
 * container).
 */
@NullMarked
package io.scimworks.server.http;

import org.jspecify.annotations.NullMarked;
