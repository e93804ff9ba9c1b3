package io.scimworks.core.resource;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * An immutable, typed view of a Group (RFC 7643 §4.2). Keeps the whole tree it was made from, so
 * conversion to and from {@link ScimResource} loses nothing.
 *
 * <pre>{@code
 * Group admins = Group.builder().displayName("Admins").members(List.of(Member.of(alice.id()))).build();
 * }</pre>
 */
public final class Group extends ResourceView {

  private Group(ObjectNode json) {
    super(json);
  }

  /**
   * Starts a group whose {@code schemas} lists the core Group schema.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.CORE_GROUP);
    return new Builder(o);
  }

  /**
   * A builder starting from this group's content.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder(tree().deepCopy());
  }

  /**
   * A view over a copy of {@code resource}.
   *
   * @param resource any resource; its tree is copied, not checked against the Group schema
   * @return a new view
   */
  public static Group from(ScimResource resource) {
    return new Group(resource.json().deepCopy());
  }

  /**
   * Parses a group from JSON text.
   *
   * @param json the JSON text of one object, such as a request body
   * @return a view over the parsed tree; not checked against the Group schema
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} if not a JSON object
   */
  public static Group fromJson(String json) {
    return new Group(ScimJson.readObject(json));
  }

  /**
   * {@code displayName}.
   *
   * @return the value, or {@code null} when it is absent or not a simple value
   */
  public @Nullable String displayName() {
    return Nodes.text(tree(), "displayName");
  }

  /**
   * {@code members}.
   *
   * @return the elements in document order, {@code null} elements skipped; unmodifiable, empty when
   *     the attribute is absent or not an array
   */
  public List<Member> members() {
    return Nodes.list(tree(), "members", Member::fromJson);
  }

  /** Builds a {@link Group}; setting {@code null} removes an attribute. */
  public static final class Builder extends ResourceViewBuilder<Group, Builder> {
    private Builder(ObjectNode json) {
      super(json);
    }

    @Override
    protected Group create(ObjectNode copy) {
      return new Group(copy);
    }

    /**
     * Sets {@code displayName}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder displayName(@Nullable String v) {
      return text("displayName", v);
    }

    /**
     * Sets {@code members}.
     *
     * @param v the new value, or {@code null} to remove the attribute
     * @return this builder
     */
    public Builder members(@Nullable List<Member> v) {
      return list("members", v, Member::toJson);
    }
  }
}
