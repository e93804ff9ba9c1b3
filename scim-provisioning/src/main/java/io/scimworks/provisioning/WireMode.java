package io.scimworks.provisioning;

import io.scimworks.client.PatchDiff;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOp;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.filter.PatchPath;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** How the engine writes its requests: as Entra ID does in either of its modes, or by the RFC. */
public enum WireMode {
  /**
   * Entra ID's default: capitalised ops ({@code Replace}), {@code active} as the strings {@code
   * "True"}/{@code "False"}, one operation per attribute, members removed with {@code Remove} on
   * {@code members} and a value array, groups created with Entra's extra schema URN.
   */
  ENTRA,
  /**
   * Entra ID with the {@code aadOptscim062020} flag: lower-case ops, real booleans, the
   * single-valued changes in ONE {@code replace} without a path whose value has dotted keys ({@code
   * name.givenName}), members removed with {@code members[value eq "id"]}.
   */
  ENTRA_FLAG,
  /** RFC 7644 as written: lower-case ops, booleans, one operation per attribute with a path. */
  STANDARD;

  static final String ENTRA_GROUP_SCHEMA =
      "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";

  /** One attribute's change. */
  record Change(TargetPath path, @Nullable JsonNode before, @Nullable JsonNode after) {}

  /** Whether op names go out capitalised. */
  boolean capitalizedOps() {
    return this == ENTRA;
  }

  /** The PATCH operations for attribute changes. */
  List<PatchOperation> operations(List<Change> changes) {
    List<PatchOperation> ops = new ArrayList<>();
    ObjectNode noPath = ScimJson.object();
    for (Change c : changes) {
      PatchPath path = PatchPath.parse(c.path().text());
      if (c.after() == null && c.path().manager() && this == ENTRA) {
        // Entra clears the manager with a replace of an empty value
        ObjectNode empty = ScimJson.object().put("value", "");
        ops.add(new PatchOperation(PatchOp.REPLACE, path, empty));
      } else if (c.after() == null) {
        ops.add(new PatchOperation(PatchOp.REMOVE, path, null));
      } else if (this == ENTRA_FLAG && c.path().fitsNoPathReplace()) {
        noPath.set(c.path().dottedKey(), value(c.path(), c.after()));
      } else {
        PatchOp op = c.before() == null ? PatchOp.ADD : PatchOp.REPLACE;
        ops.add(new PatchOperation(op, path, value(c.path(), c.after())));
      }
    }
    if (!noPath.isEmpty()) {
      ops.add(0, new PatchOperation(PatchOp.REPLACE, null, noPath));
    }
    return ops;
  }

  /** The operation that sets {@code active}. */
  PatchOperation active(boolean active) {
    JsonNode v = JsonNodeFactory.instance.booleanNode(active);
    if (this == ENTRA_FLAG) {
      ObjectNode o = ScimJson.object();
      o.set("active", v);
      return new PatchOperation(PatchOp.REPLACE, null, o);
    }
    return new PatchOperation(PatchOp.REPLACE, PatchPath.parse("active"), activeValue(v));
  }

  /** The operations that add {@code ids} as members. */
  List<PatchOperation> addMembers(List<String> ids) {
    if (this == ENTRA) {
      return List.of(new PatchOperation(PatchOp.ADD, PatchPath.parse("members"), memberArray(ids)));
    }
    return PatchDiff.members(List.of(), ids); // one add with the new members
  }

  /**
   * The operations that remove {@code ids} from the members: Entra's {@code Remove} of a value
   * array, or else one {@code remove members[value eq "id"]} each.
   */
  List<PatchOperation> removeMembers(List<String> ids) {
    if (this == ENTRA) {
      return List.of(
          new PatchOperation(PatchOp.REMOVE, PatchPath.parse("members"), memberArray(ids)));
    }
    return PatchDiff.members(ids, List.of());
  }

  /** The {@code schemas} of a new group. */
  List<String> groupSchemas(String core) {
    return this == STANDARD ? List.of(core) : List.of(core, ENTRA_GROUP_SCHEMA);
  }

  private JsonNode value(TargetPath path, JsonNode v) {
    if (path.manager()) {
      // Entra sends the manager's id bare; the RFC's form is the complex {"value": id}
      return this == ENTRA ? v : ScimJson.object().set("value", v);
    }
    return path.text().equalsIgnoreCase("active") ? activeValue(v) : v;
  }

  private JsonNode activeValue(JsonNode v) {
    if (this == ENTRA && v.isBoolean()) {
      return JsonNodeFactory.instance.stringNode(v.booleanValue() ? "True" : "False");
    }
    return v;
  }

  private ArrayNode memberArray(List<String> ids) {
    ArrayNode a = ScimJson.array();
    for (String id : ids) {
      ObjectNode m = a.addObject();
      if (this == ENTRA) {
        m.putNull("$ref");
      }
      m.put("value", id);
    }
    return a;
  }
}
