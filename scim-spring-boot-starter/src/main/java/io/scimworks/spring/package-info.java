/**
 * Spring Boot 4 auto-configuration for a SCIM 2.0 endpoint: declare {@link
 * io.scimworks.server.spi.Repository} beans annotated with {@link ScimResource}, set {@code
 * scimworks.tokens}, and the application serves {@code /scim/v2}.
 *
 * <p>Metrics (Micrometer) and an Actuator health indicator are added when those are on the class
 * path; with Spring Security present the SCIM path is secured by SCIMworks' own bearer tokens, or
 * by Spring Security when {@code scimworks.authentication=spring-security}.
 */
@NullMarked
package io.scimworks.spring;

import org.jspecify.annotations.NullMarked;
