package io.scimworks.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchEngine;
import io.scimworks.core.patch.PatchOptions;
import io.scimworks.core.patch.PatchRequest;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.validation.ResourceValidator;
import java.util.StringJoiner;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzz targets for the PATCH engine, with the default (lenient) options and with strict options:
 * the fuzzer's data builds a user (validated as a {@code POST} would) and a PATCH request (a
 * structured one most of the time, raw text now and then), and the engine applies one to the other.
 *
 * <p>In {@code ./mvnw verify} each target replays its committed corpus ({@code
 * PatchFuzzTestInputs/<method>/}); {@code JAZZER_FUZZ=1} fuzzes one target (docs/FUZZING.md).
 *
 * <p>Invariants: the only exception is a {@link ScimException} with a 4xx status and an RFC {@code
 * scimType} (no {@code StackOverflowError}, nothing from Jackson); what the engine accepts, the
 * full {@link ResourceValidator} accepts too, as the result of a PATCH and as a {@code POST} body
 * (what POST rejects, PATCH must not produce); the engine's incremental validation and a full one
 * agree; the result writes out and reads back equal.
 */
class PatchFuzzTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
  private static final ResourceValidator VALIDATOR = ResourceValidator.of(REGISTRY);

  private static final Engines DEFAULTS = new Engines(PatchOptions.defaults());
  private static final Engines STRICT = new Engines(PatchOptions.strict());

  @FuzzTest(maxDuration = "10m")
  void defaultOptions(FuzzedDataProvider data) {
    patch(DEFAULTS, data);
  }

  @FuzzTest(maxDuration = "10m")
  void strictOptions(FuzzedDataProvider data) {
    patch(STRICT, data);
  }

  /** The engine under test, and one that adds a full validation of every result. */
  private record Engines(PatchEngine incremental, PatchEngine full, PatchOptions options) {
    Engines(PatchOptions options) {
      this(
          PatchEngine.of(REGISTRY, USER, options),
          PatchEngine.builder(REGISTRY, USER).options(options).validator(VALIDATOR).build(),
          options);
    }
  }

  private static void patch(Engines engines, FuzzedDataProvider data) {
    ObjectNode user = storedUser(data);
    if (user == null) {
      return;
    }
    String body = data.consumeInt(0, 15) == 0 ? data.consumeRemainingAsString() : request(data);
    PatchRequest request;
    try {
      request = PatchRequest.fromJson(ScimJson.read(body), engines.options());
    } catch (ScimException e) {
      expectDocumented(e, body);
      return;
    }
    ObjectNode before = user.deepCopy();
    ObjectNode result = apply(engines.incremental(), user, request, body);
    if (!user.equals(before)) {
      throw new AssertionError("the engine changed its input for: " + body);
    }
    ObjectNode fully = apply(engines.full(), user, request, body);
    if (result == null ? fully != null : !result.equals(fully)) {
      throw new AssertionError(
          "incremental and full validation disagree: "
              + outcome(result)
              + " vs "
              + outcome(fully)
              + " for: "
              + body
              + " on "
              + ScimJson.write(user));
    }
    if (result != null) {
      checkAccepted(result, user, body);
    }
  }

  /** A valid user as a store holds it (id and meta set), or {@code null} if a POST rejects it. */
  private static ObjectNode storedUser(FuzzedDataProvider data) {
    String json = FuzzResources.user(data);
    ObjectNode user;
    try {
      user = VALIDATOR.validateCreate(USER, ScimResource.parse(json)).json();
    } catch (ScimException e) {
      expectDocumented(e, json);
      return null;
    }
    user.put("id", "2819c223-7f76-453a-919d-413861904646");
    ObjectNode meta = user.putObject("meta");
    meta.put("resourceType", "User");
    meta.put("created", "2010-01-23T04:56:22Z");
    meta.put("lastModified", "2011-05-13T04:42:34Z");
    meta.put("version", "W/\"1\"");
    return user;
  }

  /** A PATCH request body of one to four operations. */
  private static String request(FuzzedDataProvider data) {
    StringJoiner ops = new StringJoiner(",", "[", "]");
    int n = data.consumeInt(1, 4);
    for (int i = 0; i < n; i++) {
      StringJoiner op = new StringJoiner(",", "{", "}");
      op.add(
          "\"op\":"
              + FuzzValues.quoted(
                  data.pickValue(
                      new String[] {"add", "replace", "remove", "Add", "REPLACE", "move", "add"})));
      if (data.consumeInt(0, 4) > 0) {
        op.add("\"path\":" + FuzzValues.quoted(FuzzValues.path(data)));
      }
      if (data.consumeInt(0, 5) > 0) {
        op.add(
            "\"value\":"
                + (data.consumeBoolean() ? FuzzValues.object(data, 3) : FuzzValues.value(data, 3)));
      }
      ops.add(op.toString());
    }
    String schemas = data.consumeInt(0, 15) == 0 ? "[]" : "[\"" + PatchRequest.SCHEMA + "\"]";
    return "{\"schemas\":" + schemas + ",\"Operations\":" + ops + "}";
  }

  /** The result, or {@code null} if the engine rejected the request as documented. */
  private static ObjectNode apply(
      PatchEngine engine, ObjectNode user, PatchRequest request, String body) {
    try {
      return engine.apply(user, request).resource();
    } catch (ScimException e) {
      expectDocumented(e, body);
      return null;
    } catch (RuntimeException e) {
      throw new AssertionError(e + " for: " + body + " on " + ScimJson.write(user), e);
    }
  }

  private static void checkAccepted(ObjectNode result, ObjectNode before, String body) {
    String written = ScimJson.write(result);
    if (!ScimJson.read(written).equals(result)) {
      throw new AssertionError("the result does not read back equal: " + written);
    }
    try {
      VALIDATOR.validatePatchResult(
          USER, ScimResource.of(result.deepCopy()), ScimResource.of(before));
      VALIDATOR.validateCreate(USER, ScimResource.of(result.deepCopy()));
    } catch (ScimException e) {
      throw new AssertionError(
          "PATCH produced what a full validation rejects ("
              + e.getMessage()
              + "): "
              + written
              + " from: "
              + body,
          e);
    }
  }

  private static void expectDocumented(ScimException e, String input) {
    if (!FuzzValues.documented(e)) {
      throw new AssertionError(
          "undocumented error " + e.status() + " " + e.scimType() + " for: " + input, e);
    }
  }

  private static String outcome(ObjectNode result) {
    return result == null ? "rejected" : "accepted " + ScimJson.write(result);
  }
}
