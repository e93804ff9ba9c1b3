/**
 * Runnable examples: {@link io.scimworks.examples.DemoServer}, the SCIM server of a small workspace
 * app that an identity provider such as Entra ID or Okta can provision.
 */
@NullMarked
package io.scimworks.examples;

import org.jspecify.annotations.NullMarked;
