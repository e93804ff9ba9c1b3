/**
 * JUnit 5 support for code that talks SCIM: {@link io.scimworks.testing.ScimServerExtension} starts
 * an in-process SCIMworks server (in-memory users and groups, a random loopback port, a bearer
 * token) for a test class and hands the tests a {@link io.scimworks.testing.TestScimServer} with
 * its URL, token and a way to seed and inspect data.
 *
 * <pre>{@code
 * @ExtendWith(ScimServerExtension.class)
 * class MyConnectorTest {
 *   @Test
 *   void pushesAlice(TestScimServer scim) {
 *     new MyConnector(scim.baseUri(), scim.token()).push("alice");
 *     assertThat(scim.users()).extracting(u -> u.path("userName").asString()).contains("alice");
 *   }
 * }
 * }</pre>
 */
@NullMarked
package io.scimworks.testing;

import org.jspecify.annotations.NullMarked;
