/**
 * SCIM schema model (RFC 7643), resources, JSON codec, PATCH engine, validation, projection,
 * sorting, protocol messages and the {@link io.scimworks.core.ScimException} error model.
 *
 * <p>Jakarta JSON Binding is optional: only {@link io.scimworks.core.jsonb.JsonbMapping} needs it,
 * and an application that uses it brings the API and an implementation (e.g. Yasson).
 */
module io.scimworks.core {
  requires transitive io.scimworks.filter;
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;
  requires static jakarta.json.bind;

  exports io.scimworks.core;
  exports io.scimworks.core.json;
  exports io.scimworks.core.jsonb;
  exports io.scimworks.core.message;
  exports io.scimworks.core.patch;
  exports io.scimworks.core.query;
  exports io.scimworks.core.resource;
  exports io.scimworks.core.schema;
  exports io.scimworks.core.validation;
}
