/** A Spring Boot workspace app serving SCIM from its own database through the starter. */
@NullMarked
package io.scimworks.examples.spring;

import org.jspecify.annotations.NullMarked;
