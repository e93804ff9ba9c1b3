package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an {@link Expression} reads: a source object's attributes, plus {@code IsSoftDeleted} and
 * {@code objectId}.
 *
 * @param id the source id
 * @param attributes the source attributes
 * @param softDeleted whether the object is soft-deleted
 */
public record SourceValues(String id, ObjectNode attributes, boolean softDeleted) {

  /**
   * The values of a source user.
   *
   * @param user the user
   * @return its id, attributes and soft-deletion
   */
  public static SourceValues of(SourceUser user) {
    return new SourceValues(user.id(), user.attributes(), user.softDeleted());
  }

  /**
   * The values of a source group.
   *
   * @param group the group
   * @return its id and attributes (never soft-deleted)
   */
  public static SourceValues of(SourceGroup group) {
    return new SourceValues(group.id(), group.attributes(), false);
  }

  /**
   * The attribute {@code name}, read case-insensitively.
   *
   * @param name a source attribute, {@code IsSoftDeleted} or {@code objectId}
   * @return its value, or {@code null} when absent
   */
  public @Nullable JsonNode get(String name) {
    JsonNode v = ScimJson.getIgnoreCase(attributes, name);
    if (v != null) {
      return v;
    }
    if (name.equalsIgnoreCase("IsSoftDeleted")) {
      return JsonNodeFactory.instance.booleanNode(softDeleted);
    }
    if (name.equalsIgnoreCase("objectId")) {
      return JsonNodeFactory.instance.stringNode(id);
    }
    return null;
  }

  /**
   * The attributes a scoping filter sees: the source's, {@code IsSoftDeleted} and {@code objectId}.
   */
  ObjectNode filterView() {
    ObjectNode view = attributes.deepCopy();
    if (ScimJson.getIgnoreCase(view, "IsSoftDeleted") == null) {
      view.put("IsSoftDeleted", softDeleted);
    }
    if (ScimJson.getIgnoreCase(view, "objectId") == null) {
      view.put("objectId", id);
    }
    return view;
  }
}
