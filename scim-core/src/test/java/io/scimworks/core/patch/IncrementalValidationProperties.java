package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.ENTERPRISE;
import static io.scimworks.core.patch.PatchFixtures.REGISTRY;
import static io.scimworks.core.patch.PatchFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.validation.ResourceValidator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.node.ObjectNode;

/**
 * Defect 14: the PATCH engine's incremental validation (only the touched attributes) accepts
 * exactly what a full validation of the result accepts, for valid users and hostile operations.
 */
class IncrementalValidationProperties {
  private static final ResourceValidator VALIDATOR = ResourceValidator.of(REGISTRY);
  private static final PatchEngine INCREMENTAL = PatchEngine.of(REGISTRY, USER);
  private static final PatchEngine FULL =
      PatchEngine.builder(REGISTRY, USER).validator(VALIDATOR).build();

  private static final List<String> PATHS =
      List.of(
          "",
          "userName",
          "displayName",
          "active",
          "title",
          "userType",
          "name",
          "name.givenName",
          "emails",
          "emails[type eq \\\"work\\\"]",
          "emails[type eq \\\"work\\\"].value",
          "emails.primary",
          "phoneNumbers",
          "x509Certificates",
          "roles",
          "addresses",
          ENTERPRISE,
          ENTERPRISE + ":employeeNumber",
          ENTERPRISE + ":manager",
          "externalId");

  private static final List<String> VALUES =
      List.of(
          "\"\"",
          "\"!\"",
          "\"x\"",
          "\"True\"",
          "\"member\"",
          "\"MEMBER\"",
          "\"nobody-type\"",
          "5",
          "1.5",
          "true",
          "null",
          "{}",
          "[]",
          "{\"value\":\"!\"}",
          "{\"value\":\"QUJD\"}",
          "{\"value\":\"\"}",
          "{\"value\":\"a@b\",\"type\":\"work\",\"primary\":true}",
          "[{\"value\":\"a@b\"},{\"value\":\"A@B\",\"display\":\"x\"}]",
          "[{\"display\":\"no value\"}]",
          "[\"s\"]",
          "[[\"deep\"]]",
          "{\"givenName\":5}",
          "{\"givenName\":\"\",\"familyName\":\"J\"}",
          "{\"userName\":\"\"}",
          "{\"userName\":\"other\",\"active\":\"False\"}",
          "{\"emails\":\"x@y\"}",
          "{\"shoeSize\":44}",
          "{\"employeeNumber\":7}",
          "{\"schemas\":[\"" + ENTERPRISE + "\"],\"department\":\"d\"}",
          "{\"manager\":\"m-1\"}",
          "[{\"value\":\"r\",\"primary\":\"True\"},{\"value\":\"q\",\"primary\":true}]");

  @Property(tries = 200)
  void defect14_incrementalValidationAcceptsExactlyWhatAFullValidationAccepts(
      @ForAll("users") ObjectNode user,
      @ForAll @Size(min = 1, max = 3) List<@From("operations") String> operations) {
    PatchRequest request = PatchFixtures.request(operations.toArray(String[]::new));
    String incremental = outcome(INCREMENTAL, user, request);
    String full = outcome(FULL, user, request);
    assertThat(incremental).as("incremental vs full for %s", operations).isEqualTo(full);
  }

  /** "accepted" plus the result, or "rejected". */
  private static String outcome(PatchEngine engine, ObjectNode user, PatchRequest request) {
    try {
      return "accepted " + ScimJson.write(engine.apply(user, request).resource());
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      return "rejected";
    }
  }

  @Provide
  Arbitrary<ObjectNode> users() {
    return Arbitraries.of(
            PatchFixtures.user(),
            PatchFixtures.json(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\"plain\"}"))
        .map(
            u ->
                VALIDATOR
                    .validateReplace(USER, ScimResource.of(u.deepCopy()), ScimResource.of(u))
                    .json());
  }

  @Provide
  Arbitrary<String> operations() {
    return Combinators.combine(
            Arbitraries.of("add", "replace", "remove", "Replace"),
            Arbitraries.of(PATHS),
            Arbitraries.of(VALUES))
        .as(
            (op, path, value) ->
                "{\"op\":\""
                    + op
                    + "\""
                    + (path.isEmpty() ? "" : ",\"path\":\"" + path + "\"")
                    + (op.equals("remove") && !value.startsWith("[") ? "" : ",\"value\":" + value)
                    + "}");
  }
}
