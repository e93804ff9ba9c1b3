package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Common part of the typed views' builders: common attributes and free-form attributes by path.
 * Each {@link #build()} returns a view over its own copy, so a builder can be reused.
 *
 * @param <V> the view type built
 * @param <B> the concrete builder type, for chaining
 */
public abstract class ResourceViewBuilder<
    V extends ResourceView, B extends ResourceViewBuilder<V, B>> {
  private final ObjectNode json;

  /**
   * Starts from {@code json}, which the builder owns.
   *
   * @param json the initial tree
   */
  protected ResourceViewBuilder(ObjectNode json) {
    this.json = json;
  }

  /**
   * This builder, typed.
   *
   * @return this builder
   */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * The tree being built, for subclasses.
   *
   * @return the live tree, owned by this builder
   */
  protected final ObjectNode tree() {
    return json;
  }

  /**
   * Creates the view over a private copy of the tree.
   *
   * @param copy a deep copy of the tree, which the view may own
   * @return the view over {@code copy}
   */
  protected abstract V create(ObjectNode copy);

  /**
   * Builds the view; the builder stays usable.
   *
   * @return a new view over its own copy of the tree
   */
  public final V build() {
    return create(json.deepCopy());
  }

  /**
   * Sets the {@code id}.
   *
   * @param id the new value, or {@code null} to remove the attribute
   * @return this builder
   */
  public B id(@Nullable String id) {
    return text("id", id);
  }

  /**
   * Sets the {@code externalId}.
   *
   * @param externalId the new value, or {@code null} to remove the attribute
   * @return this builder
   */
  public B externalId(@Nullable String externalId) {
    return text("externalId", externalId);
  }

  /**
   * Sets the {@code meta}.
   *
   * @param meta the new value, or {@code null} to remove the attribute
   * @return this builder
   */
  public B meta(@Nullable Meta meta) {
    Nodes.replace(json, "meta", meta == null ? null : meta.toJson());
    return self();
  }

  /**
   * Sets any attribute by path, custom and extension attributes included ({@code null} removes), as
   * {@link ScimResource#set(String, Object)} does.
   *
   * @param path an attribute path, names in any case
   * @param value the new value, or {@code null} to remove the attribute
   * @return this builder
   * @throws io.scimworks.core.ScimException 400 {@code invalidPath} or {@code noTarget} as {@link
   *     ScimResource#set(String, Object)} does
   */
  public B set(String path, @Nullable Object value) {
    ScimResource.of(json).set(path, value);
    return self();
  }

  /**
   * Sets the extension {@code binding} names from the application's value and lists its URN in
   * {@code schemas}; {@code null} removes it as {@link #withoutExtension} does. Attributes of the
   * extension object that the type does not declare are kept (see {@link ExtensionBinding}).
   *
   * <pre>{@code
   * User u = user.toBuilder().extension(BADGE, new Badge("B-7", 3, null)).build();
   * }</pre>
   *
   * @param <T> the application's type for the extension
   * @param binding the extension's URN and type
   * @param value the extension's attributes; {@code null} components remove theirs
   * @return this builder
   * @throws IllegalArgumentException if Jackson cannot write {@code value} as a JSON object
   */
  public <T> B extension(ExtensionBinding<T> binding, @Nullable T value) {
    if (value == null) {
      return withoutExtension(binding);
    }
    binding.write(json, value);
    return self();
  }

  /**
   * Removes the extension {@code binding} names, with its URN in {@code schemas}; nothing happens
   * when it is absent.
   *
   * @param binding the extension's URN and type
   * @return this builder
   */
  public B withoutExtension(ExtensionBinding<?> binding) {
    binding.remove(json);
    return self();
  }

  /**
   * Sets a string attribute under its canonical name ({@code null} removes).
   *
   * @param name the attribute's canonical name; a differently spelled existing key is replaced
   * @param value the new value, or {@code null} to remove the attribute
   * @return this builder
   */
  protected final B text(String name, @Nullable String value) {
    Nodes.replace(json, name, value == null ? null : ScimJson.nodes().stringNode(value));
    return self();
  }

  /**
   * Sets a boolean attribute under its canonical name ({@code null} removes).
   *
   * @param name the attribute's canonical name; a differently spelled existing key is replaced
   * @param value the new value, or {@code null} to remove the attribute
   * @return this builder
   */
  protected final B bool(String name, @Nullable Boolean value) {
    Nodes.replace(json, name, value == null ? null : ScimJson.nodes().booleanNode(value));
    return self();
  }

  /**
   * Sets a node under its canonical name ({@code null} removes).
   *
   * @param name the attribute's canonical name; a differently spelled existing key is replaced
   * @param value the new value, or {@code null} to remove the attribute
   * @return this builder
   */
  protected final B node(String name, @Nullable JsonNode value) {
    Nodes.replace(json, name, value);
    return self();
  }

  /**
   * Sets a multi-valued attribute under its canonical name ({@code null} removes).
   *
   * @param <T> the element type
   * @param name the attribute's canonical name; a differently spelled existing key is replaced
   * @param values the elements, in order, or {@code null} to remove the attribute
   * @param writer turns one element into JSON
   * @return this builder
   */
  protected final <T> B list(
      String name, @Nullable List<T> values, Function<T, ? extends JsonNode> writer) {
    Nodes.replace(json, name, Nodes.array(values, writer));
    return self();
  }
}
