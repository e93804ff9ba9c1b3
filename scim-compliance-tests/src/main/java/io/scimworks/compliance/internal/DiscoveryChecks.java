package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.DISCOVERY;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.PAGING;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.hasSchema;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.scimJson;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** ServiceProviderConfig, ResourceTypes and Schemas (RFC 7643 §5-7, RFC 7644 §4). */
final class DiscoveryChecks {
  private static final String SPC = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

  private DiscoveryChecks() {}

  static List<CheckDef> all() {
    return List.of(
        check("discovery.spc", "GET /ServiceProviderConfig answers 200 with the SPC schema")
            .ref("RFC 7644 §4, RFC 7643 §5")
            .tags(DISCOVERY)
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .run(
                c -> {
                  Response r = c.get("/ServiceProviderConfig");
                  status(r, 200);
                  scimJson(r);
                  expect(hasSchema(r.json(), SPC), "schemas holding " + SPC, r.brief());
                }),
        check(
                "discovery.spc-features",
                "ServiceProviderConfig describes patch, bulk, filter, changePassword, sort and etag")
            .ref("RFC 7643 §5")
            .tags(DISCOVERY)
            .run(
                c -> {
                  ObjectNode spc = c.get("/ServiceProviderConfig").json();
                  for (String f :
                      List.of("patch", "bulk", "filter", "changePassword", "sort", "etag")) {
                    expect(
                        spc.path(f).path("supported").isBoolean(),
                        "\"" + f + "\": {\"supported\": true|false}",
                        f + " = " + spc.path(f));
                  }
                  expect(
                      spc.path("authenticationSchemes").isArray(),
                      "\"authenticationSchemes\" as an array",
                      String.valueOf(spc.path("authenticationSchemes")));
                }),
        check(
                "discovery.spc-bulk-limits",
                "An advertised bulk endpoint states maxOperations and maxPayloadSize")
            .ref("RFC 7643 §5")
            .tags(DISCOVERY)
            .needs(Feature.BULK)
            .run(
                c -> {
                  JsonNode bulk = c.target().config().path("bulk");
                  expect(
                      bulk.path("maxOperations").isIntegralNumber()
                          && bulk.path("maxPayloadSize").isIntegralNumber(),
                      "integer maxOperations and maxPayloadSize",
                      bulk.toString());
                }),
        check("discovery.spc-filter-limit", "An advertised filter states maxResults as an integer")
            .ref("RFC 7643 §5")
            .tags(DISCOVERY)
            .needs(Feature.FILTER)
            .run(
                c -> {
                  JsonNode f = c.target().config().path("filter");
                  expect(
                      f.path("maxResults").isIntegralNumber(), "integer maxResults", f.toString());
                }),
        check(
                "discovery.spc-pagination-block",
                "An RFC 9865 pagination block, when present, is well typed")
            .ref("RFC 9865 §5")
            .tags(DISCOVERY, PAGING)
            .run(
                c -> {
                  JsonNode p = c.target().config().path("pagination");
                  if (p.isMissingNode()) {
                    throw Ctx.skip("no pagination block");
                  }
                  expect(p.isObject(), "an object", p.toString());
                  for (String b : List.of("cursor", "index")) {
                    expect(
                        p.path(b).isMissingNode() || p.path(b).isBoolean(),
                        b + " as a boolean",
                        p.toString());
                  }
                  for (String n : List.of("defaultPageSize", "maxPageSize", "cursorTimeout")) {
                    expect(
                        p.path(n).isMissingNode() || p.path(n).isIntegralNumber(),
                        n + " as an integer",
                        p.toString());
                  }
                }),
        check("discovery.resource-types", "GET /ResourceTypes answers a ListResponse of types")
            .ref("RFC 7644 §4, RFC 7643 §6")
            .tags(DISCOVERY)
            .run(
                c -> {
                  Response r = c.get("/ResourceTypes");
                  scimJson(r);
                  ObjectNode body = list(r);
                  expect(
                      body.path("Resources").size() > 0, "at least one resource type", r.brief());
                  for (JsonNode t : body.path("Resources")) {
                    for (String f : List.of("name", "endpoint", "schema")) {
                      expect(t.path(f).isString(), "each type with \"" + f + "\"", t.toString());
                    }
                  }
                }),
        check("discovery.resource-type-by-id", "GET /ResourceTypes/User answers the User type")
            .ref("RFC 7644 §4")
            .tags(DISCOVERY)
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode t = c.target().typeFor(Target.USER);
                  String name = t == null ? "User" : t.path("name").asString("User");
                  Response r = c.get("/ResourceTypes/" + name);
                  status(r, 200);
                  expect(
                      r.json().path("name").asString("").equals(name),
                      "the type named " + name,
                      r.brief());
                }),
        check("discovery.schemas", "GET /Schemas answers a ListResponse of schemas with attributes")
            .ref("RFC 7644 §4, RFC 7643 §7")
            .tags(DISCOVERY)
            .profiles(Profile.CORE, Profile.ENTRA)
            .run(
                c -> {
                  Response r = c.get("/Schemas");
                  scimJson(r);
                  ObjectNode body = list(r);
                  for (JsonNode s : body.path("Resources")) {
                    expect(
                        s.path("id").isString() && s.path("attributes").isArray(),
                        "each schema with \"id\" and \"attributes\"",
                        s.path("id").toString());
                  }
                }),
        check("discovery.schema-by-id", "GET /Schemas/{urn} answers that schema")
            .ref("RFC 7644 §4")
            .tags(DISCOVERY)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.get("/Schemas/" + Target.USER);
                  status(r, 200);
                  expect(
                      r.json().path("id").asString("").equalsIgnoreCase(Target.USER),
                      "the User schema",
                      r.brief());
                }),
        check(
                "discovery.schemas-cover-types",
                "Every schema and extension a resource type names is served by /Schemas")
            .ref("RFC 7643 §6")
            .tags(DISCOVERY)
            .run(
                c -> {
                  for (ObjectNode t : c.target().resourceTypes().values()) {
                    String schema = t.path("schema").asString("");
                    expect(
                        c.target().schemas().containsKey(schema.toLowerCase(Locale.ROOT)),
                        "/Schemas to include " + schema,
                        "only " + c.target().schemas().keySet());
                    for (String ext : c.target().extensions(schema)) {
                      expect(
                          c.target().schemas().containsKey(ext.toLowerCase(Locale.ROOT)),
                          "/Schemas to include " + ext,
                          "only " + c.target().schemas().keySet());
                    }
                  }
                }),
        check(
                "discovery.attribute-characteristics",
                "Schema attributes state type, multiValued, required, mutability and returned")
            .ref("RFC 7643 §7")
            .should()
            .tags(DISCOVERY)
            .run(
                c -> {
                  for (ObjectNode s : c.target().schemas().values()) {
                    for (JsonNode a : s.path("attributes")) {
                      for (String f :
                          List.of("name", "type", "multiValued", "required", "mutability")) {
                        expect(
                            !a.path(f).isMissingNode(),
                            s.path("id").asString() + " attribute with \"" + f + "\"",
                            a.path("name").toString() + " without it");
                      }
                    }
                  }
                }),
        check(
                "discovery.userName-required-unique",
                "The User schema marks userName required and unique")
            .ref("RFC 7643 §4.1")
            .tags(DISCOVERY)
            .needs(Feature.USERS)
            .run(
                c -> {
                  JsonNode u = c.target().attribute(Target.USER, "userName");
                  expect(u != null, "a userName attribute", "none");
                  expect(
                      u.path("required").asBoolean(false)
                          && !u.path("uniqueness").asString("none").equals("none"),
                      "required: true and uniqueness server or global",
                      u.toString());
                }),
        check("discovery.unknown-resource-type", "GET /ResourceTypes/NoSuchType answers 404")
            .ref("RFC 7644 §3.12")
            .should()
            .tags(DISCOVERY, ERRORS)
            .run(c -> error(c.get("/ResourceTypes/NoSuchType"), 404)),
        check("discovery.unknown-schema", "GET /Schemas/{unknown urn} answers 404")
            .ref("RFC 7644 §3.12")
            .should()
            .tags(DISCOVERY, ERRORS)
            .run(c -> error(c.get("/Schemas/urn:example:no:such:schema"), 404)),
        check(
                "discovery.anonymous-list-types",
                "/ResourceTypes lists User and Group with endpoints")
            .ref("RFC 7643 §6")
            .interop()
            .tags(DISCOVERY)
            .profiles(Profile.ENTRA, Profile.OKTA)
            .run(
                c -> {
                  expect(
                      c.target().endpoint(Target.USER) != null,
                      "a User resource type",
                      c.target().resourceTypes().keySet().toString());
                  expect(
                      c.target().endpoint(Target.GROUP) != null,
                      "a Group resource type",
                      c.target().resourceTypes().keySet().toString());
                }),
        check(
                "discovery.meta-resource-type",
                "Discovery resources carry meta.resourceType and meta.location")
            .ref("RFC 7643 §5, §6")
            .should()
            .tags(DISCOVERY)
            .run(
                c -> {
                  for (ObjectNode t : c.target().resourceTypes().values()) {
                    expect(
                        t.path("meta").path("resourceType").asString("").equals("ResourceType"),
                        "meta.resourceType \"ResourceType\"",
                        t.path("meta").toString());
                  }
                  JsonNode meta = c.target().config().path("meta");
                  expect(
                      meta.path("location").isString(),
                      "ServiceProviderConfig meta.location",
                      meta.toString());
                }));
  }
}
