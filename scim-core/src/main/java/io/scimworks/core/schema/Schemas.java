package io.scimworks.core.schema;

import io.scimworks.core.json.ScimJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes schemas and resource types as RFC 7643 JSON, and gives the built-in RFC 7643
 * §8.7 definitions.
 *
 * <pre>{@code
 * Schema workspace = Schemas.fromJson(Files.readString(Path.of("workspace-user.json")));
 * ObjectNode json = Schemas.toJson(Schemas.user());
 * }</pre>
 *
 * <p>The built-in schemas are shipped as JSON resources under {@code io/scimworks/core/schema/} and
 * loaded once, on first use.
 */
public final class Schemas {
  private Schemas() {}

  /**
   * Reads a schema from RFC 7643 §7 JSON. Unknown keys (such as {@code meta}) are ignored.
   *
   * @param json the schema's JSON text
   * @return the schema
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static Schema fromJson(String json) {
    return SchemaJsonReader.schema(ScimJson.read(json));
  }

  /**
   * Reads a schema from a JSON tree.
   *
   * @param json the schema's JSON object
   * @return the schema
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static Schema fromJson(JsonNode json) {
    return SchemaJsonReader.schema(json);
  }

  /**
   * Reads a resource type from RFC 7643 §6 JSON.
   *
   * @param json the resource type's JSON text
   * @return the resource type
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static ResourceType resourceTypeFromJson(String json) {
    return SchemaJsonReader.resourceType(ScimJson.read(json));
  }

  /**
   * Reads a resource type from a JSON tree.
   *
   * @param json the resource type's JSON object
   * @return the resource type
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static ResourceType resourceTypeFromJson(JsonNode json) {
    return SchemaJsonReader.resourceType(json);
  }

  /**
   * Reads one attribute definition from its RFC 7643 §7 JSON.
   *
   * @param json the attribute's JSON object
   * @return the definition
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static AttributeDefinition attributeFromJson(JsonNode json) {
    return SchemaJsonReader.attribute(json, "attribute");
  }

  /**
   * Writes a schema as RFC 7643 §7 JSON, with {@code schemas} and {@code meta.resourceType}.
   *
   * @param schema the schema; not null
   * @return a new JSON object
   */
  public static ObjectNode toJson(Schema schema) {
    return SchemaJsonWriter.schema(schema);
  }

  /**
   * Writes one attribute definition as RFC 7643 §7 JSON.
   *
   * @param attribute the definition; not null
   * @return a new JSON object
   */
  public static ObjectNode toJson(AttributeDefinition attribute) {
    return SchemaJsonWriter.attribute(attribute);
  }

  /**
   * Writes a resource type as RFC 7643 §6 JSON.
   *
   * @param resourceType the resource type; not null
   * @return a new JSON object
   */
  public static ObjectNode toJson(ResourceType resourceType) {
    return SchemaJsonWriter.resourceType(resourceType);
  }

  /**
   * RFC 7643 core User schema.
   *
   * @return the shared, immutable schema
   */
  public static Schema user() {
    return BuiltIn.USER;
  }

  /**
   * RFC 7643 core Group schema.
   *
   * @return the shared, immutable schema
   */
  public static Schema group() {
    return BuiltIn.GROUP;
  }

  /**
   * RFC 7643 Enterprise User extension schema.
   *
   * @return the shared, immutable schema
   */
  public static Schema enterpriseUser() {
    return BuiltIn.ENTERPRISE_USER;
  }

  /**
   * RFC 7643 Service Provider Configuration schema.
   *
   * @return the shared, immutable schema
   */
  public static Schema serviceProviderConfig() {
    return BuiltIn.SERVICE_PROVIDER_CONFIG;
  }

  /**
   * RFC 7643 Resource Type schema.
   *
   * @return the shared, immutable schema
   */
  public static Schema resourceType() {
    return BuiltIn.RESOURCE_TYPE;
  }

  /**
   * RFC 7643 schema of schemas.
   *
   * @return the shared, immutable schema
   */
  public static Schema schema() {
    return BuiltIn.SCHEMA;
  }

  /**
   * All six built-in schemas.
   *
   * @return an unmodifiable list: User, Group, Enterprise User, Service Provider Configuration,
   *     Resource Type, Schema
   */
  public static List<Schema> builtIn() {
    return List.of(
        user(), group(), enterpriseUser(), serviceProviderConfig(), resourceType(), schema());
  }

  /**
   * The attributes every resource has (RFC 7643 §3.1): {@code id}, {@code externalId}, {@code meta}
   * and {@code schemas}. They belong to no schema; the registry resolves them for every type.
   *
   * @return an unmodifiable list of the common attributes' definitions
   */
  public static List<AttributeDefinition> commonAttributes() {
    return CommonAttributes.ALL;
  }

  /** Holder: the built-ins load on first use. */
  private static final class BuiltIn {
    static final Schema USER = load("User.json");
    static final Schema GROUP = load("Group.json");
    static final Schema ENTERPRISE_USER = load("EnterpriseUser.json");
    static final Schema SERVICE_PROVIDER_CONFIG = load("ServiceProviderConfig.json");
    static final Schema RESOURCE_TYPE = load("ResourceType.json");
    static final Schema SCHEMA = load("Schema.json");

    private static Schema load(String file) {
      try (InputStream in = Schemas.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in schema resource " + file);
        }
        return fromJson(ScimJson.read(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
