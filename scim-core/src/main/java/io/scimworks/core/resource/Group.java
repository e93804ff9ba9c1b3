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

  /** Starts a group whose {@code schemas} lists the core Group schema. */
  public static Builder builder() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.CORE_GROUP);
    return new Builder(o);
  }

  /** A builder starting from this group's content. */
  public Builder toBuilder() {
    return new Builder(tree().deepCopy());
  }

  /** A view over a copy of {@code resource}. */
  public static Group from(ScimResource resource) {
    return new Group(resource.json().deepCopy());
  }

  /**
   * Parses a group from JSON text.
   *
   * @throws io.scimworks.core.ScimException 400 {@code invalidSyntax} if not a JSON object
   */
  public static Group fromJson(String json) {
    return new Group(ScimJson.readObject(json));
  }

  /** {@code displayName}. */
  public @Nullable String displayName() {
    return Nodes.text(tree(), "displayName");
  }

  /** {@code members}. */
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

    /** Sets {@code displayName}. */
    public Builder displayName(@Nullable String v) {
      return text("displayName", v);
    }

    /** Sets {@code members}. */
    public Builder members(@Nullable List<Member> v) {
      return list("members", v, Member::toJson);
    }
  }
}
