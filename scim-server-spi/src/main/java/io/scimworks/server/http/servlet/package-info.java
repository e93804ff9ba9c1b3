/**
 * Serves a {@link io.scimworks.server.ScimHandler} from any Jakarta Servlet 6 container (Tomcat,
 * Jetty, Undertow; Spring Boot, Quarkus): see {@link io.scimworks.server.http.servlet.ScimServlet}.
 */
@NullMarked
package io.scimworks.server.http.servlet;

import org.jspecify.annotations.NullMarked;
