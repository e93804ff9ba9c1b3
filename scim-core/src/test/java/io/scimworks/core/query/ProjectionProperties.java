package io.scimworks.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Returned;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A projection, which plans each member name once and reuses the plan for every resource, projects
 * every resource as the straightforward member-by-member projection does.
 */
class ProjectionProperties {
  private static final String ENT = ScimUrns.ENTERPRISE_USER;
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.defaults().toBuilder()
          .schema(
              Schemas.user().toBuilder()
                  .attribute(
                      AttributeDefinition.builder("loginCount", AttributeType.INTEGER)
                          .returned(Returned.REQUEST)
                          .build())
                  .attribute(
                      AttributeDefinition.builder("badge", AttributeType.COMPLEX)
                          .multiValued(true)
                          .subAttributes(
                              AttributeDefinition.builder("value", AttributeType.STRING).build(),
                              AttributeDefinition.builder("pin", AttributeType.STRING)
                                  .returned(Returned.NEVER)
                                  .build(),
                              AttributeDefinition.builder("issuer", AttributeType.STRING)
                                  .returned(Returned.REQUEST)
                                  .build())
                          .build())
                  .build())
          .build();
  private static final ResourceType USERS = ResourceType.user();

  /** Members as resources spell them ({@code name=value}), names in any case. */
  private static final List<String> MEMBERS =
      List.of(
          "schemas=[\"urn:ietf:params:scim:schemas:core:2.0:User\"]",
          "id=\"1\"",
          "userName=\"bjensen\"",
          "USERNAME=\"b\"",
          "password=\"secret\"",
          "loginCount=7",
          "name={\"givenName\":\"Barbara\",\"familyName\":\"Jensen\",\"formatted\":\"B J\"}",
          "name=\"not an object\"",
          "emails=[{\"value\":\"b@x.org\",\"type\":\"work\",\"primary\":true},\"x\"]",
          "badge=[{\"value\":\"v\",\"pin\":\"1234\",\"issuer\":\"HR\"},{\"pin\":\"9\"}]",
          "badge={\"value\":\"v\",\"PIN\":\"1\"}",
          "badge=\"plain\"",
          "groups=[{\"value\":\"g1\",\"display\":\"G\"}]",
          "shoeSize=44",
          "Shoesize={\"eu\":44}",
          ENT + "={\"employeeNumber\":\"7\",\"department\":\"R&D\",\"manager\":{\"value\":\"m\"}}",
          ENT.toUpperCase(java.util.Locale.ROOT) + "={\"costCenter\":\"1\"}",
          ENT + "=\"not an object\"",
          ENT + "={}",
          "meta={\"resourceType\":\"User\",\"location\":\"https://x/Users/1\",\"version\":\"W/\\\"1\\\"\"}");

  /** Paths a client may name, known or not, in any case, with URNs. */
  private static final List<String> PATHS =
      List.of(
          "userName",
          "USERNAME",
          "name.givenName",
          "name",
          "emails.value",
          "emails",
          "password",
          "loginCount",
          "badge",
          "badge.issuer",
          "badge.pin",
          "badge.value",
          "groups",
          "groups.display",
          "shoeSize",
          "shoesize.eu",
          "meta",
          "meta.location",
          "id",
          "schemas",
          ENT,
          ENT + ":department",
          ENT + ":manager.value",
          ENT + ":manager",
          "urn:ietf:params:scim:schemas:core:2.0:User:userName",
          "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName",
          "urn:example:unknown:x");

  @Provide
  Arbitrary<List<ObjectNode>> resources() {
    return resource().list().ofMinSize(1).ofMaxSize(4);
  }

  private Arbitrary<ObjectNode> resource() {
    return Arbitraries.of(MEMBERS)
        .list()
        .ofMaxSize(12)
        .map(
            members -> {
              StringBuilder json = new StringBuilder("{");
              for (String m : members) {
                int eq = m.indexOf('=');
                String name = m.substring(0, eq);
                String value = m.substring(eq + 1);
                if (json.length() > 1) {
                  json.append(',');
                }
                json.append(ScimJson.write(ScimJson.nodes().stringNode(name)))
                    .append(':')
                    .append(value);
              }
              return ScimJson.readObject(json.append('}').toString());
            });
  }

  @Provide
  Arbitrary<List<String>> paths() {
    return Arbitraries.of(PATHS).list().ofMaxSize(4);
  }

  @Property(tries = 400)
  void eachResourceIsProjectedAsMemberByMember(
      @ForAll("paths") List<String> attributes,
      @ForAll("paths") List<String> excluded,
      @ForAll("resources") List<ObjectNode> resources) {
    Projection planned = Projection.of(REGISTRY, USERS, attributes, excluded);
    ReferenceProjection reference = ReferenceProjection.of(REGISTRY, USERS, attributes, excluded);
    for (ObjectNode r : resources) {
      ObjectNode before = r.deepCopy();
      ObjectNode out = planned.apply(r);
      assertThat(out).isEqualTo(reference.apply(r));
      assertThat(r).isEqualTo(before);
      for (var e : r.properties()) {
        JsonNode member = planned.member(e.getKey(), e.getValue());
        assertThat(member).isEqualTo(out.get(e.getKey()));
        if (planned.keepsWhole(e.getKey())) {
          assertThat(member).isSameAs(e.getValue());
        }
      }
    }
  }
}
