/**
 * What an application implements to plug into a {@link io.scimworks.server.ScimServer}: a {@link
 * io.scimworks.server.spi.Repository} per resource type, and optionally an {@link
 * io.scimworks.server.spi.Authenticator}, a {@link io.scimworks.server.spi.TenantResolver} and an
 * {@link io.scimworks.server.spi.AuditListener}; a store that can make several writes one
 * transaction offers {@link io.scimworks.server.spi.Transactions}. Every interface has defaults for
 * everything but its essence, like a JUnit 5 extension: implement what you need, the server does
 * the rest.
 */
@NullMarked
package io.scimworks.server.spi;

import org.jspecify.annotations.NullMarked;
