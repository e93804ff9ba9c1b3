package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of the immutable typed views ({@link User}, {@link Group}, or your own): a private JSON tree
 * read through typed accessors. Because the tree is kept whole, converting between a view and a
 * {@link ScimResource} loses nothing: unknown and extension attributes survive.
 *
 * <p>Subclasses hand their constructor a tree they own and never change afterwards.
 */
public abstract class ResourceView {
  private final ObjectNode json;

  /**
   * Wraps {@code json}, which the view then owns; callers must not keep or change it.
   *
   * @param json the resource tree
   */
  protected ResourceView(ObjectNode json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The tree, for subclasses' accessors; never hand it out or change it.
   *
   * @return the live tree, owned by this view
   */
  protected final ObjectNode tree() {
    return json;
  }

  /**
   * The {@code id}, or {@code null}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String id() {
    return Nodes.text(json, "id");
  }

  /**
   * The {@code externalId}, or {@code null}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String externalId() {
    return Nodes.text(json, "externalId");
  }

  /**
   * The {@code meta}, if present.
   *
   * @return {@code meta}, or empty when it is absent or not an object
   */
  public Optional<Meta> meta() {
    ObjectNode m = Nodes.object(json, "meta");
    return m == null ? Optional.empty() : Optional.of(Meta.fromJson(m));
  }

  /**
   * The {@code schemas} URNs.
   *
   * @return a new list of the string entries of {@code schemas}, in order; empty when absent
   */
  public java.util.List<String> schemas() {
    return ScimResource.of(json).schemas();
  }

  /**
   * A copy of the value at any attribute path (custom and extension attributes included), or {@code
   * null}.
   *
   * @param path an attribute path such as {@code name.givenName} or a URN-qualified one, names in
   *     any case
   * @return a deep copy of the value, or {@code null} when absent
   */
  public @Nullable JsonNode attribute(String path) {
    JsonNode v = ScimResource.of(json).get(path);
    return v == null ? null : v.deepCopy();
  }

  /**
   * The extension {@code binding} names, read as the application's type; see {@link
   * ExtensionBinding}.
   *
   * <pre>{@code
   * Optional<Badge> badge = user.extension(BADGE);
   * }</pre>
   *
   * @param <T> the application's type for the extension
   * @param binding the extension's URN and type
   * @return the value, or empty when the resource has no object under the URN
   * @throws io.scimworks.core.ScimException 400 {@code invalidValue} naming the URN and the
   *     attribute when the extension does not map to the type
   */
  public <T> Optional<T> extension(ExtensionBinding<T> binding) {
    return binding.read(json);
  }

  /**
   * A generic resource holding a copy of this view's tree.
   *
   * @return a new resource over a deep copy of this view's tree
   */
  public ScimResource toResource() {
    return ScimResource.of(json.deepCopy());
  }

  /**
   * A copy of the tree.
   *
   * @return a new deep copy of the tree
   */
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  /** Equal when of the same class with equal trees. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && json.equals(((ResourceView) o).json);
  }

  @Override
  public final int hashCode() {
    return json.hashCode();
  }

  /** The compact JSON text. */
  @Override
  public String toString() {
    return ScimJson.write(json);
  }
}
