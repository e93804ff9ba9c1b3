/**
 * The SCIM 2.0 server: {@link io.scimworks.server.ScimServer}, configured by its builder and {@link
 * io.scimworks.server.ServerOptions}, turns a {@link io.scimworks.server.ScimRequest} into a {@link
 * io.scimworks.server.ScimResponse} and never throws (every failure is an RFC 7644 §3.12 error
 * response). HTTP bindings ({@code server.http.jdk}, {@code server.http.servlet}) feed it requests;
 * applications plug storage and authentication in through {@code server.spi} ({@link
 * io.scimworks.server.BearerTokens} covers the common bearer-token case).
 */
@NullMarked
package io.scimworks.server;

import org.jspecify.annotations.NullMarked;
