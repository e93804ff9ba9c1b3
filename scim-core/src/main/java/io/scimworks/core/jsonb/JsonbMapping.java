package io.scimworks.core.jsonb;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ScimResource;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Objects;

/**
 * Converts a Jakarta EE application's JSON-B annotated classes to and from {@link ScimResource}s.
 *
 * <pre>{@code
 * public class Employee {
 *   @JsonbProperty("userName") public String login;
 *   public String displayName;
 * }
 * JsonbMapping mapping = JsonbMapping.create();
 * ScimResource r = mapping.toResource(employee, ScimUrns.CORE_USER);
 * Employee back = mapping.fromResource(r, Employee.class);
 * }</pre>
 *
 * <p>The mapping goes through JSON text, so every JSON-B annotation and adapter of the class
 * applies. Attribute names must match the class's property names exactly (JSON-B is
 * case-sensitive); resources that passed validation carry the schema's canonical names. Thread-safe
 * when the {@link Jsonb} instance is (Yasson's is).
 */
public final class JsonbMapping {
  private final Jsonb jsonb;

  private JsonbMapping(Jsonb jsonb) {
    this.jsonb = Objects.requireNonNull(jsonb, "jsonb");
  }

  /**
   * A mapping with a default {@link Jsonb} from {@link JsonbBuilder#create()}.
   *
   * @return a new mapping owning a new {@link Jsonb}
   */
  public static JsonbMapping create() {
    return new JsonbMapping(JsonbBuilder.create());
  }

  /**
   * A mapping using the application's configured {@link Jsonb}.
   *
   * @param jsonb the application's instance, with its adapters and naming; not null
   * @return a new mapping using it
   * @throws NullPointerException when {@code jsonb} is null
   */
  @SuppressWarnings("exports") // JSON-B is optional: only callers that have it can pass a Jsonb
  public static JsonbMapping using(Jsonb jsonb) {
    return new JsonbMapping(jsonb);
  }

  /**
   * Serialises {@code bean} with JSON-B into a resource, listing {@code schemaUrns} in {@code
   * schemas} unless the bean already writes a {@code schemas} property.
   *
   * @param bean the application's object; not null
   * @param schemaUrns the URNs for {@code schemas}, in order; used only when the bean writes none
   * @return a new resource over the serialised tree
   * @throws ScimException 500 if JSON-B cannot serialise the bean, 400 {@code invalidSyntax} if the
   *     result is not a JSON object
   */
  public ScimResource toResource(Object bean, String... schemaUrns) {
    String json;
    try {
      json = jsonb.toJson(bean);
    } catch (JsonbException e) {
      throw ScimException.internalError(
          "cannot serialise " + bean.getClass().getName() + " with JSON-B", e);
    }
    ScimResource r = ScimResource.of(ScimJson.readObject(json));
    if (r.schemas().isEmpty() && schemaUrns.length > 0) {
      r.json().remove("schemas");
      ScimResource withSchemas = ScimResource.create(schemaUrns);
      withSchemas.json().setAll(r.json());
      return withSchemas;
    }
    return r;
  }

  /**
   * Deserialises a resource into the application class with JSON-B. Attributes the class does not
   * have are ignored (JSON-B's default).
   *
   * @param <T> the application's type
   * @param resource the resource; not changed
   * @param type the class JSON-B creates; not null
   * @return a new instance of {@code type}
   * @throws ScimException 400 {@code invalidValue} if JSON-B cannot map the resource
   */
  public <T> T fromResource(ScimResource resource, Class<T> type) {
    try {
      return jsonb.fromJson(ScimJson.write(resource.json()), type);
    } catch (JsonbException e) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          "resource does not map to " + type.getSimpleName() + ": " + e.getMessage(),
          e);
    }
  }
}
