/**
 * Serves a {@link io.scimworks.server.ScimHandler} with the JDK's built-in HTTP server ({@code
 * com.sun.net.httpserver}), without any dependency: see {@link
 * io.scimworks.server.http.jdk.JdkHttpBinding}.
 */
@NullMarked
package io.scimworks.server.http.jdk;

import org.jspecify.annotations.NullMarked;
