/**
 * A SCIM 2.0 client (RFC 7644, RFC 9865) over {@code java.net.http}: typed and generic resource
 * endpoints, PATCH building and diffing, lazy paged searches, bulk with automatic splitting,
 * discovery, ETags, and retries that honour {@code Retry-After}.
 *
 * <pre>{@code
 * ScimClient scim = ScimClient.builder()
 *     .baseUri("https://app.example.com/scim/v2?aadOptscim062020")
 *     .bearerToken(secret)
 *     .build();
 *
 * User alice = scim.users().findOne("userName", "alice@contoso.com")
 *     .orElseGet(() -> scim.users().create(User.builder()
 *         .userName("alice@contoso.com").displayName("Alice").active(true).build()));
 * scim.users().patch(alice.id()).replace("active", false).execute();
 * scim.users().search().filter(Filters.eq("active", true)).stream().forEach(System.out::println);
 * }</pre>
 *
 * <p>Start at {@link io.scimworks.client.ScimClient}. Every failure is an {@link
 * io.scimworks.core.ScimException}.
 */
@NullMarked
package io.scimworks.client;

import org.jspecify.annotations.NullMarked;
