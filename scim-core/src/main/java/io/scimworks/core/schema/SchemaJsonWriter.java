package io.scimworks.core.schema;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes schemas and resource types as RFC 7643 JSON (no nulls, camelCase). */
final class SchemaJsonWriter {
  private SchemaJsonWriter() {}

  static ObjectNode schema(Schema s) {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.SCHEMA);
    o.put("id", s.id());
    if (s.name() != null) {
      o.put("name", s.name());
    }
    if (s.description() != null) {
      o.put("description", s.description());
    }
    ArrayNode attrs = o.putArray("attributes");
    s.attributes().forEach(a -> attrs.add(attribute(a)));
    o.putObject("meta").put("resourceType", "Schema");
    return o;
  }

  static ObjectNode attribute(AttributeDefinition a) {
    ObjectNode o = ScimJson.object();
    o.put("name", a.name());
    o.put("type", a.type().jsonName());
    o.put("multiValued", a.multiValued());
    if (a.description() != null) {
      o.put("description", a.description());
    }
    o.put("required", a.required());
    if (!a.canonicalValues().isEmpty()) {
      ArrayNode cv = o.putArray("canonicalValues");
      a.canonicalValues().forEach(cv::add);
    }
    o.put("caseExact", a.caseExact());
    o.put("mutability", a.mutability().jsonName());
    o.put("returned", a.returned().jsonName());
    o.put("uniqueness", a.uniqueness().jsonName());
    if (!a.referenceTypes().isEmpty()) {
      ArrayNode rt = o.putArray("referenceTypes");
      a.referenceTypes().forEach(rt::add);
    }
    if (a.isComplex()) {
      ArrayNode subs = o.putArray("subAttributes");
      a.subAttributes().forEach(sub -> subs.add(attribute(sub)));
    }
    return o;
  }

  static ObjectNode resourceType(ResourceType t) {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.RESOURCE_TYPE);
    o.put("id", t.id());
    o.put("name", t.name());
    o.put("endpoint", t.endpoint());
    if (t.description() != null) {
      o.put("description", t.description());
    }
    o.put("schema", t.schema());
    if (!t.schemaExtensions().isEmpty()) {
      ArrayNode exts = o.putArray("schemaExtensions");
      t.schemaExtensions()
          .forEach(e -> exts.addObject().put("schema", e.schema()).put("required", e.required()));
    }
    o.putObject("meta").put("resourceType", "ResourceType");
    return o;
  }
}
