package io.scimworks.core.query;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.SearchRequest;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Returned;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.FilterParser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which attributes a response carries: {@code attributes} / {@code excludedAttributes} (RFC 7644
 * §3.4.2.5) combined with each attribute's {@code returned} characteristic (RFC 7643 §2.2).
 *
 * <ul>
 *   <li>{@code never} (and every {@code writeOnly} attribute, such as {@code password}) is never
 *       returned; {@code always} (such as {@code id} and {@code schemas}) is always returned
 *   <li>without {@code attributes}: every {@code default} attribute, minus the excluded ones;
 *       {@code request} attributes are left out
 *   <li>with {@code attributes}: only the named ones (and {@code always}); naming {@code
 *       name.givenName} returns {@code name} with that sub-attribute only; naming a schema's URN on
 *       its own names every attribute of that schema: the core schema's URN returns each of its
 *       default attributes (not {@code externalId} or {@code meta}, which no schema of the type
 *       defines), an extension URN the extension's default attributes; {@code excludedAttributes}
 *       is then ignored
 *   <li>in {@code excludedAttributes}, a schema's URN on its own leaves out every attribute of that
 *       schema that is not returned {@code always}
 *   <li>names and URNs match case-insensitively; names no schema defines are matched by name
 * </ul>
 *
 * <pre>{@code
 * Projection p = Projection.of(registry, users, List.of("userName", "name.givenName"), List.of());
 * ObjectNode out = p.apply(stored.json());
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #apply(ObjectNode)} never changes its input; the result
 * shares unchanged sub-trees with it, so treat the result as read-only (serialise it).
 */
public final class Projection {
  private static final Map<String, AttributeDefinition> COMMON = new HashMap<>();

  static {
    for (AttributeDefinition d : Schemas.commonAttributes()) {
      COMMON.put(d.name().toLowerCase(Locale.ROOT), d);
    }
  }

  private final Schema core;
  private final Map<String, Schema> extensions = new HashMap<>();
  private final boolean includeMode;
  private final Selection root = new Selection();
  private final Map<String, Selection> extensionSelections = new HashMap<>();

  /** Plans by member name, as spelt in resources; bounded, since unknown names are open-ended. */
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();

  private static final int MAX_PLANS = 512;

  private Projection(
      SchemaRegistry registry, ResourceType type, List<String> attributes, List<String> excluded) {
    this.core = registry.coreSchema(type);
    for (Schema s : registry.extensionSchemas(type)) {
      extensions.put(s.id().toLowerCase(Locale.ROOT), s);
    }
    this.includeMode = !attributes.isEmpty();
    for (String text : includeMode ? attributes : excluded) {
      String name = spacesStripped(text);
      if (!name.isEmpty()) {
        route(parse(name));
      }
    }
  }

  /**
   * A projection for the given parameters (each a list of attribute paths).
   *
   * @param registry the schemas that say what each attribute's {@code returned} is
   * @param type the resource type of the resources projected
   * @param attributes attribute paths or extension URNs to return, as sent; empty for the default
   *     set
   * @param excludedAttributes attribute paths to leave out, as sent; ignored when {@code
   *     attributes} is not empty
   * @return an immutable, thread-safe projection
   * @throws ScimException 400 {@code invalidPath} if an entry is not an attribute path
   */
  public static Projection of(
      SchemaRegistry registry,
      ResourceType type,
      List<String> attributes,
      List<String> excludedAttributes) {
    return new Projection(registry, type, attributes, excludedAttributes);
  }

  /**
   * The projection a search request asks for.
   *
   * @param registry the schemas that say what each attribute's {@code returned} is
   * @param type the resource type of the resources projected
   * @param query the request whose {@code attributes} and {@code excludedAttributes} apply
   * @return an immutable, thread-safe projection
   * @throws ScimException 400 {@code invalidPath} if an entry is not an attribute path
   */
  public static Projection of(SchemaRegistry registry, ResourceType type, SearchRequest query) {
    return of(registry, type, query.attributes(), query.excludedAttributes());
  }

  /**
   * The default projection: everything {@code returned} by default.
   *
   * @param registry the schemas that say what each attribute's {@code returned} is
   * @param type the resource type of the resources projected
   * @return an immutable, thread-safe projection
   */
  public static Projection defaults(SchemaRegistry registry, ResourceType type) {
    return of(registry, type, List.of(), List.of());
  }

  /**
   * The projected resource as a new generic resource (sharing sub-trees with the input).
   *
   * @param resource the resource; not changed
   * @return a new resource over the projected tree
   */
  public ScimResource apply(ScimResource resource) {
    return ScimResource.of(apply(resource.json()));
  }

  /**
   * The projected tree; the input is not changed.
   *
   * @param resource the resource tree; not changed
   * @return a new tree sharing unchanged sub-trees with {@code resource}
   */
  public ObjectNode apply(ObjectNode resource) {
    ObjectNode out = ScimJson.object();
    for (Map.Entry<String, JsonNode> p : resource.properties()) {
      JsonNode v = member(p.getKey(), p.getValue());
      if (v != null) {
        out.set(p.getKey(), v);
      }
    }
    return out;
  }

  /**
   * One top-level member of a resource as this projection returns it: what {@link
   * #apply(ObjectNode)} puts under {@code name}, for writers that stream a resource member by
   * member instead of building the projected tree. Members are projected independently of each
   * other.
   *
   * @param name the member's name, as it appears in the resource
   * @param value its value; not changed
   * @return the value to return ({@code value} itself when nothing in it is left out, otherwise a
   *     copy sharing unchanged sub-trees), or {@code null} when the member is left out
   */
  public @Nullable JsonNode member(String name, JsonNode value) {
    return planOf(name).apply(this, value);
  }

  /**
   * Whether {@link #member} returns every value of a top-level member of this name as it is, so
   * that a writer may write such a member without building it as a tree first.
   *
   * @param name the member's name, as it appears in the resource
   * @return {@code true} when no value of that name is left out or filtered
   */
  public boolean keepsWhole(String name) {
    return planOf(name) == Plan.KEEP;
  }

  /**
   * Whether {@link #member} returns every non-empty JSON object under a top-level member of this
   * name as it is: what {@link #keepsWhole} says, and also true of an extension whose attributes
   * this projection returns all of (an empty extension object is left out, so a writer copying an
   * object as it is must check that it is not empty).
   *
   * @param name the member's name, as it appears in the resource
   * @return {@code true} when no non-empty object value of that name is cut into
   */
  public boolean keepsWholeObjects(String name) {
    Plan plan = planOf(name);
    return plan == Plan.KEEP || plan.wholeObjects;
  }

  /**
   * Whether {@link #member} leaves out every value of a top-level member of this name, so that a
   * writer may skip such a member without reading it.
   *
   * @param name the member's name, as it appears in the resource
   * @return {@code true} when no value of that name is returned
   */
  public boolean leavesOut(String name) {
    return planOf(name) == Plan.DROP;
  }

  private Plan planOf(String name) {
    Plan plan = plans.get(name);
    if (plan == null) {
      plan = plan(name);
      if (plans.size() < MAX_PLANS) {
        plans.putIfAbsent(name, plan);
      }
    }
    return plan;
  }

  /** What {@link #member} does with a member of this name, worked out once per name. */
  private Plan plan(String name) {
    String lk = name.toLowerCase(Locale.ROOT);
    Schema ext = lk.startsWith("urn:") ? extensions.get(lk) : null;
    AttributeDefinition d = COMMON.get(lk);
    if (d == null) {
      d = core.attributeOrNull(name);
    }
    Returned r = returned(d);
    // the core schema's URN on its own names every attribute that schema defines
    boolean schemaNamed = root.whole && d != null && !COMMON.containsKey(lk);
    Plan plain;
    if (r == Returned.NEVER) {
      plain = Plan.DROP;
    } else if (r == Returned.ALWAYS) {
      plain = Plan.filter(d, null, false);
    } else if (includeMode) {
      Set<String> subs = root.subs(lk);
      plain =
          root.wholeAttribute(lk) || (schemaNamed && r != Returned.REQUEST)
              ? Plan.filter(d, null, false)
              : subs == null ? Plan.DROP : Plan.filter(d, subs, true);
    } else if (r == Returned.REQUEST || root.wholeAttribute(lk) || schemaNamed) {
      plain = Plan.DROP;
    } else {
      plain = Plan.filter(d, root.subs(lk), false);
    }
    if (ext == null) {
      return plain;
    }
    Selection selection = extensionSelections.get(lk);
    return new Plan(ext, selection, plain, !includeMode && selection == null && allShown(ext));
  }

  /** The projected extension object: {@code obj} itself when every member stays as it is. */
  private ObjectNode container(ObjectNode obj, Schema schema, @Nullable Selection sel) {
    ObjectNode out = null;
    boolean whole = sel != null && sel.whole;
    int kept = 0;
    for (Map.Entry<String, JsonNode> p : obj.properties()) {
      String lk = p.getKey().toLowerCase(Locale.ROOT);
      JsonNode v = project(schema.attributeOrNull(p.getKey()), lk, p.getValue(), sel, whole);
      if (out == null && v == p.getValue()) {
        kept++;
        continue;
      }
      if (out == null) {
        out = ScimJson.object();
        copyFirst(obj, kept, out);
      }
      if (v != null) {
        out.set(p.getKey(), v);
      }
    }
    return out == null ? obj : out;
  }

  /** Copies the first {@code n} members of {@code from} into {@code to}. */
  private static void copyFirst(ObjectNode from, int n, ObjectNode to) {
    int i = 0;
    for (Map.Entry<String, JsonNode> p : from.properties()) {
      if (i++ == n) {
        return;
      }
      to.set(p.getKey(), p.getValue());
    }
  }

  private @Nullable JsonNode project(
      @Nullable AttributeDefinition d,
      String lk,
      JsonNode v,
      @Nullable Selection sel,
      boolean containerNamed) {
    Returned r = returned(d);
    if (r == Returned.NEVER) {
      return null;
    }
    if (r == Returned.ALWAYS) {
      return filter(d, v, null, false);
    }
    if (includeMode) {
      if (containerNamed) {
        return r == Returned.REQUEST ? null : filter(d, v, null, false);
      }
      if (sel == null) {
        return null;
      }
      if (sel.wholeAttribute(lk)) {
        return filter(d, v, null, false);
      }
      Set<String> subs = sel.subs(lk);
      return subs == null ? null : filter(d, v, subs, true);
    }
    if (r == Returned.REQUEST || containerNamed) {
      return null;
    }
    if (sel == null) {
      return filter(d, v, null, false);
    }
    if (sel.wholeAttribute(lk)) {
      return null;
    }
    return filter(d, v, sel.subs(lk), false);
  }

  /**
   * Applies sub-attribute rules: with {@code keepNamed}, keeps only {@code named} (and {@code
   * always}) sub-attributes; otherwise drops {@code named} ones. Hidden sub-attributes ({@code
   * never}, {@code writeOnly}, and {@code request} unless named) always go.
   */
  private static @Nullable JsonNode filter(
      @Nullable AttributeDefinition d, JsonNode v, @Nullable Set<String> named, boolean keepNamed) {
    if (named == null && (d == null || !hasHiddenSubs(d))) {
      return v;
    }
    if (v instanceof ObjectNode o) {
      return filterObject(d, o, named, keepNamed);
    }
    if (v instanceof ArrayNode a) {
      ArrayNode out = ScimJson.array();
      for (JsonNode e : a) {
        JsonNode fe = e instanceof ObjectNode eo ? filterObject(d, eo, named, keepNamed) : e;
        if (fe != null) {
          out.add(fe);
        }
      }
      return out.isEmpty() ? null : out;
    }
    return keepNamed ? null : v; // a simple value cannot have the named sub-attributes
  }

  private static @Nullable ObjectNode filterObject(
      @Nullable AttributeDefinition d,
      ObjectNode o,
      @Nullable Set<String> named,
      boolean keepNamed) {
    ObjectNode out = ScimJson.object();
    for (Map.Entry<String, JsonNode> p : o.properties()) {
      AttributeDefinition sd = d == null ? null : d.subAttributeOrNull(p.getKey());
      Returned r = returned(sd);
      boolean isNamed = named != null && named.contains(p.getKey().toLowerCase(Locale.ROOT));
      boolean keep =
          switch (r) {
            case NEVER -> false;
            case ALWAYS -> true;
            case REQUEST -> keepNamed && isNamed;
            case DEFAULT -> keepNamed ? isNamed : !isNamed;
          };
      if (keep) {
        out.set(p.getKey(), p.getValue());
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Whether a projection without a selection in this schema returns all of its attributes. */
  private static boolean allShown(Schema schema) {
    for (AttributeDefinition d : schema.attributes()) {
      Returned r = returned(d);
      if ((r != Returned.DEFAULT && r != Returned.ALWAYS) || hasHiddenSubs(d)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasHiddenSubs(AttributeDefinition d) {
    for (AttributeDefinition s : d.subAttributes()) {
      if (returned(s) != Returned.DEFAULT && returned(s) != Returned.ALWAYS) {
        return true;
      }
    }
    return false;
  }

  private static Returned returned(@Nullable AttributeDefinition d) {
    if (d == null) {
      return Returned.DEFAULT;
    }
    return d.mutability() == Mutability.WRITE_ONLY ? Returned.NEVER : d.returned();
  }

  private void route(AttributePath p) {
    String urn = p.schemaUrn();
    if (urn != null) {
      String lurn = urn.toLowerCase(Locale.ROOT);
      String whole = lurn + ":" + p.attribute().toLowerCase(Locale.ROOT);
      if (p.subAttribute() == null && extensions.containsKey(whole)) {
        selection(whole).whole = true;
      } else if (p.subAttribute() == null && whole.equalsIgnoreCase(core.id())) {
        root.whole = true;
      } else if (extensions.containsKey(lurn)) {
        selection(lurn).add(p.attribute(), p.subAttribute());
      } else if (urn.equalsIgnoreCase(core.id())) {
        root.add(p.attribute(), p.subAttribute());
      }
      return; // a URN this type does not know selects nothing
    }
    String la = p.attribute().toLowerCase(Locale.ROOT);
    if (COMMON.containsKey(la) || core.attributeOrNull(p.attribute()) != null) {
      root.add(p.attribute(), p.subAttribute());
      return;
    }
    for (Map.Entry<String, Schema> e : extensions.entrySet()) {
      if (e.getValue().attributeOrNull(p.attribute()) != null) {
        selection(e.getKey()).add(p.attribute(), p.subAttribute());
        return;
      }
    }
    root.add(p.attribute(), p.subAttribute()); // unknown: matched by name
  }

  private Selection selection(String lowerUrn) {
    return extensionSelections.computeIfAbsent(lowerUrn, k -> new Selection());
  }

  /**
   * {@code s} without the spaces, tabs and line breaks around it, the filter grammar's white space:
   * a control character is no space but an error in the name ({@link String#trim()} dropped it).
   */
  private static String spacesStripped(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && " \t\r\n".indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && " \t\r\n".indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  private static AttributePath parse(String text) {
    try {
      return FilterParser.defaults().parseAttributePath(text);
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }

  /**
   * What happens to a top-level member of a given name: dropped, kept as it is, filtered by
   * sub-attribute, or (an extension object) projected member by member. A class, not a record:
   * records upset the fuzzer's instrumentation.
   */
  private static final class Plan {
    static final Plan DROP = new Plan(null, null, false, null, null, null, false);
    static final Plan KEEP = new Plan(null, null, false, null, null, null, false);

    private final @Nullable AttributeDefinition definition;
    private final @Nullable Set<String> named;
    private final boolean keepNamed;
    private final @Nullable Schema extension;
    private final @Nullable Selection selection;
    private final @Nullable Plan notAnObject;

    /** An extension object whose non-empty values are returned as they are. */
    final boolean wholeObjects;

    private Plan(
        @Nullable AttributeDefinition definition,
        @Nullable Set<String> named,
        boolean keepNamed,
        @Nullable Schema extension,
        @Nullable Selection selection,
        @Nullable Plan notAnObject,
        boolean wholeObjects) {
      this.definition = definition;
      this.named = named;
      this.keepNamed = keepNamed;
      this.extension = extension;
      this.selection = selection;
      this.notAnObject = notAnObject;
      this.wholeObjects = wholeObjects;
    }

    /**
     * An extension object; a value of that name that is not an object follows {@code plain}; {@code
     * wholeObjects} when the projection returns every attribute of the extension.
     */
    Plan(Schema extension, @Nullable Selection selection, Plan plain, boolean wholeObjects) {
      this(null, null, false, extension, selection, plain, wholeObjects);
    }

    /** What {@code filter(d, v, named, keepNamed)} does, known in advance when it keeps all. */
    static Plan filter(
        @Nullable AttributeDefinition d, @Nullable Set<String> named, boolean keepNamed) {
      return named == null && (d == null || !hasHiddenSubs(d))
          ? KEEP
          : new Plan(d, named, keepNamed, null, null, null, false);
    }

    @Nullable JsonNode apply(Projection projection, JsonNode value) {
      if (this == DROP) {
        return null;
      }
      if (this == KEEP) {
        return value;
      }
      if (extension != null) {
        if (value instanceof ObjectNode eo) {
          ObjectNode projected = projection.container(eo, extension, selection);
          return projected.isEmpty() ? null : projected;
        }
        return notAnObject.apply(projection, value);
      }
      return Projection.filter(definition, value, named, keepNamed);
    }
  }
}
