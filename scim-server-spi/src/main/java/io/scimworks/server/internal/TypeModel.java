package io.scimworks.server.internal;

import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.validation.ResourceValidator;
import io.scimworks.core.validation.ValidationOptions;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the server does with a client's resource before storing it: the core validator checks it
 * against the type's schemas and normalises it (client-sent {@code id}, {@code meta} and read-only
 * attributes such as a user's {@code groups} dropped, names in canonical case, nulls removed,
 * Entra's boolean strings coerced, unknown schema URNs tolerated, unknown attributes handled by the
 * policy of the server's {@code ValidationOptions}, which PATCH follows too).
 */
final class TypeModel {
  private final ResourceValidator validator;
  private final ResourceType type;

  TypeModel(SchemaRegistry registry, ResourceType type, ValidationOptions options) {
    this.validator = ResourceValidator.of(registry, options);
    this.type = type;
  }

  /** A {@code POST} body made ready to store; the body is not changed. */
  ObjectNode forCreate(ObjectNode body) {
    return validator.validateCreate(type, ScimResource.of(body.deepCopy())).json();
  }

  /** A {@code PUT} body made ready to replace {@code current}; neither is changed. */
  ObjectNode forReplace(ObjectNode body, ObjectNode current) {
    return validator
        .validateReplace(type, ScimResource.of(body.deepCopy()), ScimResource.of(current))
        .json();
  }
}
