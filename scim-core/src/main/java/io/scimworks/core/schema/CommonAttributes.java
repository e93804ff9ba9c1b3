package io.scimworks.core.schema;

import java.util.List;

/** RFC 7643 §3.1 common attributes, which no schema lists but every resource has. */
final class CommonAttributes {
  private CommonAttributes() {}

  static final AttributeDefinition SCHEMAS =
      AttributeDefinition.builder("schemas", AttributeType.REFERENCE)
          .multiValued(true)
          .required(true)
          .caseExact(false)
          .returned(Returned.ALWAYS)
          .referenceTypes("uri")
          .description("The schema URNs the resource conforms to.")
          .build();

  static final AttributeDefinition ID =
      AttributeDefinition.builder("id", AttributeType.STRING)
          .caseExact(true)
          .mutability(Mutability.READ_ONLY)
          .returned(Returned.ALWAYS)
          .uniqueness(Uniqueness.SERVER)
          .description("Unique identifier of the resource, assigned by the service provider.")
          .build();

  static final AttributeDefinition EXTERNAL_ID =
      AttributeDefinition.builder("externalId", AttributeType.STRING)
          .caseExact(true)
          .description("Identifier of the resource as defined by the provisioning client.")
          .build();

  static final AttributeDefinition META =
      AttributeDefinition.builder("meta", AttributeType.COMPLEX)
          .mutability(Mutability.READ_ONLY)
          .description("Resource metadata, maintained by the service provider.")
          .subAttributes(
              sub("resourceType", AttributeType.STRING, true),
              sub("created", AttributeType.DATE_TIME, false),
              sub("lastModified", AttributeType.DATE_TIME, false),
              sub("location", AttributeType.REFERENCE, true),
              sub("version", AttributeType.STRING, true))
          .build();

  static final List<AttributeDefinition> ALL = List.of(SCHEMAS, ID, EXTERNAL_ID, META);

  private static AttributeDefinition sub(String name, AttributeType type, boolean caseExact) {
    return AttributeDefinition.builder(name, type)
        .caseExact(caseExact)
        .mutability(Mutability.READ_ONLY)
        .build();
  }
}
