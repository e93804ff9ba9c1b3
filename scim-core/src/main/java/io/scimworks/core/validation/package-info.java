/**
 * Schema validation per operation: {@link io.scimworks.core.validation.ResourceValidator} checks
 * and normalises resources on create, replace and after a PATCH, and checks queries, as configured
 * by {@link io.scimworks.core.validation.ValidationOptions}.
 */
@NullMarked
package io.scimworks.core.validation;

import org.jspecify.annotations.NullMarked;
