package io.scimworks.core.resource;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds an application's own class to the URN of a schema extension, for typed reads and writes of
 * that extension the way {@link User#enterpriseUser()} reads the enterprise one. Declare one
 * constant per extension and use it on any resource: {@link ResourceView#extension}, {@link
 * ResourceViewBuilder#extension}, {@link ResourceViewBuilder#withoutExtension} and the same on
 * {@link ScimResource}.
 *
 * <pre>{@code
 * record Badge(String number, Integer level, Instant expires) {}
 * static final ExtensionBinding<Badge> BADGE =
 *     ExtensionBinding.of("urn:acme:params:scim:schemas:extension:Badge:2.0:User", Badge.class);
 *
 * User u = User.builder().userName("bjensen").extension(BADGE, new Badge("B-7", 3, null)).build();
 * Optional<Badge> badge = u.extension(BADGE);                  // Badge[number=B-7, level=3, ...]
 * User without = u.toBuilder().withoutExtension(BADGE).build(); // object and URN both gone
 * }</pre>
 *
 * <p><b>Mapping.</b> {@code T} is a record or a class that the project's Jackson 3 mapper ({@link
 * ScimJson#mapper()}) binds to a JSON object, so Jackson annotations such as {@code @JsonProperty}
 * apply and {@code java.time} values are written as RFC 3339 text. Attribute names match
 * case-insensitively, as SCIM's do. On the module path, open the package of {@code T} to {@code
 * tools.jackson.databind}.
 *
 * <p><b>Attributes {@code T} does not declare.</b> The extension object may hold more attributes
 * than {@code T} models: a newer version of the schema, or a service that keeps unknown attributes
 * (see {@code io.scimworks.core.validation.UnknownAttributes}). Reading ignores them and writing
 * keeps them, so that reading a resource, changing the typed value and sending the result back (or
 * its difference as a PATCH) never erases what {@code T} cannot see. Writing replaces every
 * attribute {@code T} declares: a {@code null} component removes it. Which attributes a service
 * accepts is decided by the extension schema registered on the server, not by {@code T}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the application's type for the extension's attributes
 */
public final class ExtensionBinding<T> {
  private static final JsonMapper MAPPER =
      ScimJson.mapper()
          .rebuild()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final String urn;
  private final Class<T> type;

  /** Lower-cased names of the attributes {@code T} declares; {@code null} for a map type. */
  private final @Nullable Set<String> declared;

  private ExtensionBinding(String urn, Class<T> type, @Nullable Set<String> declared) {
    this.urn = urn;
    this.type = type;
    this.declared = declared;
  }

  /**
   * Binds {@code type} to the extension schema {@code urn}.
   *
   * @param urn the extension schema's id, as registered on the server, e.g. {@code
   *     urn:acme:params:scim:schemas:extension:Badge:2.0:User}
   * @param <T> the application's type for the extension
   * @param type a record or class that Jackson maps to a JSON object (or a {@link java.util.Map})
   * @return the binding; keep it in a constant
   * @throws IllegalArgumentException if {@code urn} is blank, contains whitespace or names an RFC
   *     7643 core schema, or if {@code type} does not map to a JSON object (a string, a number, a
   *     collection, an enum...)
   */
  public static <T> ExtensionBinding<T> of(String urn, Class<T> type) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(type, "type");
    if (urn.isBlank() || urn.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not a schema URN: '" + urn + "'");
    }
    if (urn.regionMatches(
        true, 0, ScimUrns.CORE_SCHEMA_PREFIX, 0, ScimUrns.CORE_SCHEMA_PREFIX.length())) {
      throw new IllegalArgumentException(urn + " is a core schema, not an extension");
    }
    return new ExtensionBinding<>(urn, type, DeclaredAttributes.of(MAPPER, urn, type));
  }

  /**
   * The extension schema's URN, the key of the extension object in a resource.
   *
   * @return the URN given to {@link #of}
   */
  public String urn() {
    return urn;
  }

  /**
   * The application's type the extension is read as.
   *
   * @return the class given to {@link #of}
   */
  public Class<T> type() {
    return type;
  }

  /** Names the URN and the type, e.g. {@code ExtensionBinding[urn:acme:...:User -> Badge]}. */
  @Override
  public String toString() {
    return "ExtensionBinding[" + urn + " -> " + type.getName() + "]";
  }

  /**
   * The extension read from a resource tree, or empty when it has no object under {@link #urn()}
   * (or a JSON {@code null}).
   *
   * @throws ScimException 400 {@code invalidValue} naming the URN and the attribute when the value
   *     under the URN is not an object or an attribute does not map to {@code T}
   */
  Optional<T> read(ObjectNode resource) {
    JsonNode ext = ScimJson.getIgnoreCase(resource, urn);
    if (ext == null || ext.isNull()) {
      return Optional.empty();
    }
    if (!ext.isObject()) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          urn + " is " + ext.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
    }
    try {
      return Optional.of(MAPPER.treeToValue(ext, type));
    } catch (JacksonException e) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          where(e) + " cannot be read as " + type.getSimpleName() + ": " + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Writes {@code value} into a resource tree: creates the extension object (listing the URN in
   * {@code schemas}) if absent, replaces the attributes {@code T} declares and keeps the others.
   *
   * @throws IllegalArgumentException if Jackson cannot write {@code value} as a JSON object
   */
  void write(ObjectNode resource, T value) {
    ObjectNode encoded = encode(Objects.requireNonNull(value, "value"));
    String key = ScimJson.keyIgnoreCase(resource, urn);
    if (key != null && !resource.get(key).isObject()) {
      resource.remove(key);
    }
    ScimResource r = ScimResource.of(resource);
    ObjectNode ext = r.extensionOrCreate(urn);
    r.addSchema(urn);
    List<String> stale = new ArrayList<>();
    for (String name : ext.propertyNames()) {
      if (declared == null
          || declared.contains(name.toLowerCase(Locale.ROOT))
          || ScimJson.getIgnoreCase(encoded, name) != null) {
        stale.add(name);
      }
    }
    ext.remove(stale);
    ext.setAll(encoded);
  }

  /** Removes the extension object and its URN in {@code schemas}; nothing when absent. */
  void remove(ObjectNode resource) {
    ScimResource r = ScimResource.of(resource);
    String key = ScimJson.keyIgnoreCase(resource, urn);
    if (key != null) {
      resource.remove(key);
    }
    if (r.hasSchema(urn)) {
      r.setSchemas(r.schemas().stream().filter(s -> !s.equalsIgnoreCase(urn)).toList());
    }
  }

  private ObjectNode encode(T value) {
    JsonNode node;
    try {
      node = MAPPER.valueToTree(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "cannot write " + type.getName() + " as " + urn + ": " + e.getOriginalMessage(), e);
    }
    if (!(node instanceof ObjectNode o)) {
      throw new IllegalArgumentException(
          type.getName() + " must be written as a JSON object for " + urn + ", not " + node);
    }
    o.properties().removeIf(e -> e.getValue().isNull());
    return o;
  }

  /** {@code urn:attribute.sub} for the attribute a mapping failure points at, or the URN alone. */
  private String where(JacksonException e) {
    StringBuilder path = new StringBuilder(urn);
    char separator = ':';
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(separator).append(ref.getPropertyName());
        separator = '.';
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
