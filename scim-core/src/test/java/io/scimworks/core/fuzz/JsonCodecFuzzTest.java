package io.scimworks.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.Group;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.validation.ResourceValidator;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for reading, validating and writing resources: bytes (a generated user or group most
 * of the time, raw fuzzer bytes now and then) are decoded as a resource, validated as a {@code
 * POST} body of a User or a Group (read leniently or, as the server reads request bodies, refusing
 * a member named twice), encoded, and decoded again.
 *
 * <p>In {@code ./mvnw verify} it replays its committed corpus ({@code
 * JsonCodecFuzzTestInputs/roundTrip/}); {@code JAZZER_FUZZ=1} fuzzes it (docs/FUZZING.md).
 *
 * <p>Invariants: the only exception is a {@link ScimException} with a 4xx status and an RFC {@code
 * scimType}; what the validator accepts encodes and decodes to an equal resource, validates again
 * to the same resource (normalising twice changes nothing), and reads through the typed views and
 * the uniqueness check without any exception.
 */
class JsonCodecFuzzTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
  private static final ResourceType GROUP = REGISTRY.resourceType("Group").orElseThrow();
  private static final ResourceValidator VALIDATOR = ResourceValidator.of(REGISTRY);

  @FuzzTest(maxDuration = "10m")
  void roundTrip(FuzzedDataProvider data) {
    boolean user = data.consumeBoolean();
    ResourceType type = user ? USER : GROUP;
    byte[] bytes =
        switch (data.consumeInt(0, 7)) {
          case 0 -> data.consumeRemainingAsBytes();
          case 1 -> data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
          default ->
              (user ? FuzzResources.user(data) : FuzzResources.group(data))
                  .getBytes(StandardCharsets.UTF_8);
        };
    boolean asServer = data.consumeBoolean(); // false once the raw cases took the rest
    ScimResource accepted;
    try {
      ScimResource read =
          asServer ? ScimResource.of(ScimJson.readRequestObject(bytes)) : ScimResource.parse(bytes);
      accepted = VALIDATOR.validateCreate(type, read);
    } catch (ScimException e) {
      expectDocumented(e, bytes);
      return;
    }
    byte[] encoded = ScimJson.writeBytes(accepted.json());
    ScimResource decoded = ScimResource.parse(encoded);
    if (!decoded.equals(accepted)) {
      throw new AssertionError("does not decode equal: " + text(encoded) + " from: " + text(bytes));
    }
    ScimResource again;
    try {
      again = VALIDATOR.validateCreate(type, decoded.copy());
    } catch (ScimException e) {
      throw new AssertionError(
          "rejected once encoded (" + e.getMessage() + "): " + text(encoded), e);
    }
    if (!again.equals(accepted)) {
      throw new AssertionError(
          "validating twice changed " + text(encoded) + " into " + again.toJson());
    }
    VALIDATOR.uniqueValues(type, accepted);
    if (user) {
      read(User.from(accepted));
    } else {
      Group g = Group.from(accepted);
      g.displayName();
      g.members();
      g.meta();
    }
  }

  /** Every typed accessor of a user. */
  private static void read(User u) {
    u.userName();
    u.name();
    u.displayName();
    u.nickName();
    u.profileUrl();
    u.title();
    u.userType();
    u.preferredLanguage();
    u.locale();
    u.timezone();
    u.active();
    u.password();
    u.emails();
    u.primaryEmail();
    u.phoneNumbers();
    u.ims();
    u.photos();
    u.addresses();
    u.groups();
    u.entitlements();
    u.roles();
    u.x509Certificates();
    u.enterpriseUser();
    u.meta();
    u.schemas();
  }

  private static void expectDocumented(ScimException e, byte[] input) {
    if (!FuzzValues.documented(e)) {
      throw new AssertionError(
          "undocumented error " + e.status() + " " + e.scimType() + " for: " + text(input), e);
    }
  }

  private static String text(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
  }
}
