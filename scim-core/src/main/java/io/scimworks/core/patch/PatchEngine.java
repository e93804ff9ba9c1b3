package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.validation.ResourceValidator;
import io.scimworks.core.validation.UnknownAttributes;
import io.scimworks.core.validation.ValidationOptions;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompiledFilter;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterEvaluator;
import io.scimworks.filter.FilterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies PATCH requests (RFC 7644 §3.5.2) to resources of one resource type. Immutable and
 * thread-safe: build one per resource type and share it.
 *
 * <p>{@link #apply(ObjectNode, PatchRequest)} never touches its input: it copies the resource once,
 * applies every operation to the copy in order, and returns the copy only if all of them succeeded
 * and the result still honours the schema; any failure rejects the whole request with the {@link
 * ScimException} RFC 7644 prescribes ({@code noTarget}, {@code invalidPath}, {@code mutability},
 * {@code invalidValue}, {@code invalidSyntax}), its detail naming the failing operation and path.
 *
 * <p>Mutability (RFC 7644 §3.5.2, RFC 7643 §2.2): an operation whose path names a {@code readOnly}
 * attribute, a sub-attribute of one or a {@code readOnly} sub-attribute ({@code id}, {@code
 * meta.location}, {@code groups[value eq "g1"]}, {@code manager.displayName}) is refused with 400
 * {@code mutability}, whatever the operation and whether or not the resource holds a value there,
 * because the service computes such values and a store may not hold them; the detail names the
 * operation and the attribute ({@code 'meta.created' is readOnly, as all of 'meta' is}). {@code
 * readOnly} members of an operation's value, or of a no-path value (a whole resource sent back, as
 * clients do), are ignored as on create, whether or not they equal the stored values: RFC 7643 §2.2
 * has values of {@code readOnly} attributes that clients send ignored. Okta renames a group with
 * {@code {"op":"replace","value":{"id":"<its id>","displayName":"New"}}}; an {@code id} there that
 * differs from the resource's is ignored too, never taken for a change of id. {@code schemas} is
 * the service's too: the engine keeps it listing the core schema and the extensions present, so an
 * operation whose path is {@code schemas} is refused with 400 {@code mutability} (add or remove the
 * extension's attributes instead), and a {@code schemas} member of a no-path value is ignored. An
 * {@code immutable} attribute may be given its first value by {@code add} or {@code replace}; once
 * set, any operation that would change or remove it is refused with 400 {@code mutability}, naming
 * the operation. Sending the same value again changes nothing and succeeds, as a {@code PUT} with
 * the stored value does: identity providers resend unchanged attributes. Elements of a multi-valued
 * attribute whose sub-attributes are {@code immutable}, such as group {@code members}, may still be
 * added, removed and replaced as wholes.
 *
 * <p>Validation is incremental: only the attributes a PATCH touched are checked, by the same rules
 * {@link ResourceValidator} applies to a whole resource ({@link
 * ResourceValidator#validatePatchedAttributes}: types, {@code canonicalValues}, complex shapes,
 * required attributes and sub-attributes, the unknown-attribute policy and the limit on values per
 * attribute of the engine's {@link ValidationOptions}), and the result is compared with the input
 * for {@code readOnly}, {@code immutable} and {@code required} attributes. A resource that was
 * valid before the PATCH is therefore valid after it exactly when a full validation says so (a
 * property test holds the engine to that), at the cost of the touched attributes only. For stored
 * resources that may not be valid, add a full validation with {@link
 * Builder#validator(ResourceValidator)}.
 *
 * <pre>{@code
 * PatchEngine users = PatchEngine.of(SchemaRegistry.defaults(), ResourceType.user());
 * PatchResult result = users.apply(stored, PatchRequest.fromJson(body));
 * if (result.changed()) {
 *   save(result.resource());   // else keep the version and meta.lastModified
 * }
 * }</pre>
 *
 * <p>Beyond the RFC, it accepts what Entra ID and Okta send; see {@link PatchOptions}, on by
 * default.
 */
public final class PatchEngine {
  private static final int CACHE_LIMIT = 512;

  /**
   * The most elements the value filters of one request may test, summed over its operations ({@code
   * k} filtered operations on an attribute of {@code n} values test {@code k × n}); beyond it the
   * request is rejected with {@code 400 tooMany} before it costs seconds of CPU. Runs of {@code
   * remove} operations of the form {@code members[value eq "..."]}, what identity providers send,
   * are applied in one pass and count once.
   */
  public static final long MAX_FILTERED_ELEMENT_TESTS = 5_000_000;

  private final SchemaRegistry registry;
  private final ResourceType type;
  private final PatchOptions options;
  private final ValidationOptions validation;
  private final ValueNormalizer normalizer;
  private final List<Guard> guards;
  private final FilterEvaluator evaluator;
  private final Map<MatcherKey, CompiledFilter> matchers = new ConcurrentHashMap<>();
  private final Map<AttributePath, Optional<ResolvedAttribute>> resolved =
      new ConcurrentHashMap<>();
  private final @Nullable ResourceValidator validator;
  private final ResourceValidator incremental;

  private PatchEngine(Builder b) {
    this.registry = b.registry;
    this.type = b.type;
    this.options = b.options;
    this.validator = b.validator;
    this.validation =
        b.validation != null
            ? b.validation
            : b.validator != null ? b.validator.options() : ValidationOptions.defaults();
    this.normalizer = new ValueNormalizer(options, validation);
    this.incremental = ResourceValidator.of(registry, validation);
    this.guards = guards(registry, type);
    this.evaluator = FilterEvaluator.of(registry.resolverFor(type));
  }

  /**
   * An engine for resources of {@code type} with {@link PatchOptions#defaults()}.
   *
   * @param registry the schemas and extensions the engine resolves paths against; not null
   * @param type the resource type patched, with its core schema and extensions; not null
   * @return a new immutable, thread-safe engine
   */
  public static PatchEngine of(SchemaRegistry registry, ResourceType type) {
    return builder(registry, type).build();
  }

  /**
   * An engine for resources of {@code type} with the given options.
   *
   * @param registry the schemas and extensions the engine resolves paths against; not null
   * @param type the resource type patched, with its core schema and extensions; not null
   * @param options the identity-provider leniencies to apply; not null
   * @return a new immutable, thread-safe engine
   */
  public static PatchEngine of(SchemaRegistry registry, ResourceType type, PatchOptions options) {
    return builder(registry, type).options(options).build();
  }

  /**
   * Starts configuring an engine for resources of {@code type}.
   *
   * @param registry the schemas and extensions the engine resolves paths against; not null
   * @param type the resource type patched, with its core schema and extensions; not null
   * @return a new builder with {@link PatchOptions#defaults()} and no full validator
   */
  public static Builder builder(SchemaRegistry registry, ResourceType type) {
    return new Builder(registry, type);
  }

  /**
   * The resource type this engine patches.
   *
   * @return the type given to the builder
   */
  public ResourceType resourceType() {
    return type;
  }

  /**
   * The options this engine applies.
   *
   * @return the leniencies in force
   */
  public PatchOptions options() {
    return options;
  }

  /**
   * Applies {@code request} to a copy of {@code resource}.
   *
   * @param resource the stored resource; not modified
   * @param request the operations, applied in order
   * @return the patched copy and whether it differs from {@code resource}
   * @throws ScimException 400 with the RFC's {@code scimType} when any operation fails; then
   *     nothing is applied
   */
  public PatchResult apply(ObjectNode resource, PatchRequest request) {
    return apply(resource, request.operations());
  }

  /**
   * Applies {@code operations}, in order and all or nothing, to a copy of {@code resource}.
   *
   * @param resource the stored resource; not modified
   * @param operations the operations, applied in order; an empty list gives an unchanged copy
   * @return the patched copy and whether it differs from {@code resource}
   * @throws ScimException 400 with the RFC's {@code scimType} when any operation fails; then
   *     nothing is applied
   */
  public PatchResult apply(ObjectNode resource, List<PatchOperation> operations) {
    ObjectNode working = resource.deepCopy();
    Patcher patcher = new Patcher(this, working);
    int i = 0;
    while (i < operations.size()) {
      int end = RemoveBatch.runEnd(operations, i);
      if (end > i) {
        patcher.forgetAdds(); // a batch writes outside Patcher.apply
        patcher.at(i, operations.get(i));
      }
      if (end > i && RemoveBatch.apply(patcher, operations.subList(i, end))) {
        i = end; // a run of member removals, in one pass
        continue;
      }
      for (int last = Math.max(end, i + 1); i < last; i++) {
        patcher.apply(i, operations.get(i));
      }
    }
    patcher.finish();
    ScimJson.checkNesting(working); // what is stored must read back and write out
    checkGuards(resource, working, patcher);
    if (validator != null) {
      validator.validatePatchResult(type, ScimResource.of(working), ScimResource.of(resource));
    } else {
      incremental.validatePatchedAttributes(
          type, ScimResource.of(working), def -> patcher.touched(def, null));
      // validation may have emptied a touched extension (unknown members dropped): tidy again so
      // that schemas lists what is there, as a full validation leaves it
      patcher.finish();
    }
    return new PatchResult(working, !working.equals(resource));
  }

  /**
   * Applies {@code request} to a copy of {@code resource}.
   *
   * @param resource the stored resource; not modified
   * @param request the operations, applied in order
   * @return the patched copy and whether it differs from {@code resource}
   * @throws ScimException as {@link #apply(ObjectNode, PatchRequest)} does
   */
  public PatchResult apply(ScimResource resource, PatchRequest request) {
    return apply(resource.json(), request.operations());
  }

  /**
   * The validation options whose value rules, coercions and limits PATCH values follow.
   *
   * @return the options given to the builder, else the validator's, else the defaults
   */
  public ValidationOptions validationOptions() {
    return validation;
  }

  // ---- used by Patcher ----

  UnknownAttributes unknownAttributes() {
    return validation.unknownAttributes();
  }

  ValueNormalizer normalizer() {
    return normalizer;
  }

  @Nullable ResolvedAttribute resolve(AttributePath path) {
    Optional<ResolvedAttribute> r = resolved.get(path);
    if (r == null) {
      if (resolved.size() >= CACHE_LIMIT) {
        resolved.clear(); // hostile clients cannot grow the cache without bound
      }
      r = Optional.ofNullable(registry.resolveOrNull(type, path));
      resolved.put(path, r);
    }
    return r.orElse(null);
  }

  /** The canonical URN of the extension named {@code urn} (any case), or {@code null}. */
  @Nullable String extensionUrn(String urn) {
    if (!urn.regionMatches(true, 0, "urn:", 0, 4)) {
      return null;
    }
    return registry.extensionSchema(type, urn).map(Schema::id).orElse(null);
  }

  String coreSchemaUrn() {
    return type.schema();
  }

  String typeName() {
    return type.name();
  }

  /**
   * The compiled value filter of a PATCH path, cached.
   *
   * @throws ScimException {@code invalidPath} for a filter SCIM does not define ({@code primary gt
   *     true})
   */
  CompiledFilter matcher(ResolvedAttribute t, Filter filter) {
    MatcherKey key = new MatcherKey(t.schemaUrn(), t.attribute().name(), filter);
    CompiledFilter m = matchers.get(key);
    if (m == null) {
      if (matchers.size() >= CACHE_LIMIT) {
        matchers.clear(); // hostile clients cannot grow the cache without bound
      }
      AttributePath parent =
          new AttributePath(t.extension() ? t.schemaUrn() : null, t.attribute().name(), null);
      try {
        m = evaluator.compileElementFilter(parent, filter);
      } catch (FilterException e) {
        // the filter between the brackets is a filter: its errors are invalidFilter, as the
        // parser reports them (RFC 7644 §3.12, "comparison combination is not supported")
        throw ScimException.from(e);
      }
      matchers.put(key, m);
    }
    return m;
  }

  private record MatcherKey(@Nullable String schemaUrn, String attribute, Filter filter) {}

  /** Configures a {@link PatchEngine}. Not thread-safe. */
  public static final class Builder {
    private final SchemaRegistry registry;
    private final ResourceType type;
    private PatchOptions options = PatchOptions.defaults();
    private @Nullable ResourceValidator validator;
    private @Nullable ValidationOptions validation;

    private Builder(SchemaRegistry registry, ResourceType type) {
      this.registry = Objects.requireNonNull(registry, "registry");
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * The leniencies to apply; {@link PatchOptions#defaults()} unless set.
     *
     * @param options the leniencies; not null
     * @return this builder
     */
    public Builder options(PatchOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Also runs a full {@link ResourceValidator#validatePatchResult} over every result, for
     * resources that may not have been valid before the PATCH; {@code null} (the default) relies on
     * the engine's own checks of what the PATCH touched.
     *
     * @param validator the full validator, or {@code null} for the engine's own checks only
     * @return this builder
     */
    public Builder validator(@Nullable ResourceValidator validator) {
      this.validator = validator;
      return this;
    }

    /**
     * The unknown-attribute policy, coercions, canonical values and limits that PATCH values
     * follow, as {@code POST} and {@code PUT} do; default: the options of {@link
     * #validator(ResourceValidator)} if set, else {@link ValidationOptions#defaults()}.
     *
     * @param options the validation options; not null
     * @return this builder
     */
    public Builder validationOptions(ValidationOptions options) {
      this.validation = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The engine.
     *
     * @return a new immutable, thread-safe engine
     */
    public PatchEngine build() {
      return new PatchEngine(this);
    }
  }

  // ---- mutability and required checks on the result ----

  /** An attribute whose change the result must be checked for. */
  private record Guard(
      @Nullable String extensionUrn, AttributeDefinition def, @Nullable AttributeDefinition sub) {

    AttributeDefinition target() {
      return sub == null ? def : sub;
    }

    String describe() {
      String base = extensionUrn == null ? def.name() : extensionUrn + ":" + def.name();
      return sub == null ? base : base + "." + sub.name();
    }

    @Nullable JsonNode read(ObjectNode resource) {
      JsonNode container = resource;
      if (extensionUrn != null) {
        container = JsonNodes.get(resource, extensionUrn);
      }
      if (!(container instanceof ObjectNode c)) {
        return null;
      }
      JsonNode v = JsonNodes.get(c, def.name());
      if (sub == null) {
        return v;
      }
      return v instanceof ObjectNode o ? JsonNodes.get(o, sub.name()) : null;
    }
  }

  private static List<Guard> guards(SchemaRegistry registry, ResourceType type) {
    List<Guard> out = new ArrayList<>();
    for (String common : List.of("schemas", "id", "externalId", "meta")) {
      ResolvedAttribute r = registry.resolveOrNull(type, AttributePath.of(common));
      if (r != null) {
        addGuards(out, null, r.attribute());
      }
    }
    registry.coreSchema(type).attributes().forEach(a -> addGuards(out, null, a));
    for (Schema ext : registry.extensionSchemas(type)) {
      ext.attributes().forEach(a -> addGuards(out, ext.id(), a));
    }
    return List.copyOf(out);
  }

  private static void addGuards(List<Guard> out, @Nullable String urn, AttributeDefinition a) {
    if (a.required()
        || a.mutability() == Mutability.READ_ONLY
        || a.mutability() == Mutability.IMMUTABLE) {
      out.add(new Guard(urn, a, null));
      return;
    }
    if (a.type() == AttributeType.COMPLEX && !a.multiValued()) {
      for (AttributeDefinition s : a.subAttributes()) {
        if (s.mutability() == Mutability.READ_ONLY || s.mutability() == Mutability.IMMUTABLE) {
          out.add(new Guard(urn, a, s));
        }
      }
    }
  }

  private void checkGuards(ObjectNode before, ObjectNode after, Patcher patcher) {
    for (Guard g : guards) {
      if (!patcher.touched(g.def(), g.extensionUrn())) {
        continue;
      }
      JsonNode a = g.read(before);
      JsonNode b = g.read(after);
      boolean hadValue = !JsonNodes.isUnassigned(a);
      boolean hasValue = !JsonNodes.isUnassigned(b);
      Mutability m = g.target().mutability();
      String by = patcher.touchedBy(g.def());
      String where = by == null ? "" : by + ": ";
      if (m == Mutability.READ_ONLY && (hadValue != hasValue || (hadValue && !a.equals(b)))) {
        throw ScimException.of(
            ScimType.MUTABILITY,
            where + "'" + g.describe() + "' is readOnly and cannot be changed");
      }
      if (m == Mutability.IMMUTABLE && hadValue && (!hasValue || !a.equals(b))) {
        throw ScimException.of(
            ScimType.MUTABILITY,
            where
                + "'"
                + g.describe()
                + "' is immutable and already has a value: it may be set once, when it has"
                + " none, and never "
                + (hasValue ? "changed" : "removed")
                + " (RFC 7644 §3.5.2)");
      }
      if (g.sub() == null && g.def().required() && hadValue && !hasValue) {
        throw ScimException.of(
            ScimType.MUTABILITY,
            where + "'" + g.describe() + "' is required and cannot be removed");
      }
    }
  }
}
