package io.scimworks.core.validation;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.SearchRequest;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Uniqueness;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.FilterParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates resources against their resource type's schemas and normalises them, per operation.
 * Immutable and thread-safe; build one per registry and reuse it.
 *
 * <p>What it does, by characteristic (RFC 7643 §2.2, §7):
 *
 * <ul>
 *   <li><b>schemas</b>: on create and replace it must be a non-empty array listing the type's core
 *       schema, and no schema of another type (400 {@code invalidValue}); it is rewritten to the
 *       core URN plus the extensions present. Unknown URNs such as Entra's Microsoft one are
 *       tolerated and dropped (unless an object kept under that URN still needs it), and a
 *       registered extension object whose URN was not listed is accepted and listed, as long as
 *       {@link ValidationOptions#ignoreUnknownSchemas()} and {@link
 *       ValidationOptions#acceptUnlistedExtensions()} allow
 *   <li><b>names</b>: matched case-insensitively, rewritten in the schema's canonical case
 *   <li><b>required</b>: required attributes (and required extensions) that are missing, null,
 *       empty or a {@linkplain BlankText blank} string (only white space and invisible characters
 *       such as U+200B) are 400 {@code invalidValue} naming the attribute; so is a blank value
 *       other than {@code ""} of a string attribute whose {@code uniqueness} is not {@code none}
 *   <li><b>types</b>: wrong types are 400 {@code invalidValue} (a number for a string, a single
 *       value for a multi-valued attribute); {@link ValidationOptions} names the few coercions
 *       identity providers need ({@code "True"} to {@code true}, Entra's bare manager id to {@code
 *       {"value": id}}); JSON {@code null}s and empty arrays are removed; a multi-valued attribute
 *       holds at most {@link ValidationOptions#maxValuesPerAttribute()} values (400 {@code
 *       tooMany})
 *   <li><b>canonicalValues</b>: enforced where the attribute asks for it ({@link
 *       AttributeDefinition#enforceCanonicalValues()}) or everywhere when the options say so; the
 *       error lists the allowed values
 *   <li><b>mutability</b>: client-sent {@code id}, {@code meta} and {@code readOnly} attributes are
 *       ignored on create and replace; {@code immutable} attributes that are set cannot change (400
 *       {@code mutability}); after a PATCH, {@code readOnly} attributes must be unchanged; {@code
 *       writeOnly} attributes are kept for storage and never returned (see projection)
 *   <li><b>unknown attributes</b>: dropped, kept or rejected with 400 {@code invalidSyntax}, as
 *       {@link UnknownAttributes} describes (the PATCH engine follows the same policy)
 *   <li><b>uniqueness</b>: {@link #uniqueValues(ResourceType, ScimResource)} lists what storage
 *       must keep unique
 * </ul>
 *
 * <pre>{@code
 * ResourceValidator validator = ResourceValidator.of(SchemaRegistry.defaults());
 * ScimResource clean = validator.validateCreate(users, ScimResource.parse(body));
 * }</pre>
 *
 * <p>Validation changes the resource it is given, in place, and returns it; copy first if the input
 * must stay untouched. A failure leaves the resource partly normalised: discard it.
 */
public final class ResourceValidator {
  private final SchemaRegistry registry;
  private final ValidationOptions options;
  private final Map<String, TypeModel> models = new ConcurrentHashMap<>();

  private ResourceValidator(SchemaRegistry registry, ValidationOptions options) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A validator with {@link ValidationOptions#defaults()}.
   *
   * @param registry the schemas and resource types to validate against; not null
   * @return a new immutable, thread-safe validator
   */
  public static ResourceValidator of(SchemaRegistry registry) {
    return new ResourceValidator(registry, ValidationOptions.defaults());
  }

  /**
   * A validator with the given options.
   *
   * @param registry the schemas and resource types to validate against; not null
   * @param options the coercions, unknown-attribute policy and limits; not null
   * @return a new immutable, thread-safe validator
   */
  public static ResourceValidator of(SchemaRegistry registry, ValidationOptions options) {
    return new ResourceValidator(registry, options);
  }

  /**
   * The registry this validator checks against.
   *
   * @return the registry given to {@link #of}
   */
  public SchemaRegistry registry() {
    return registry;
  }

  /**
   * The options in force.
   *
   * @return the options given to {@link #of}, else the defaults
   */
  public ValidationOptions options() {
    return options;
  }

  /**
   * Validates a {@code POST} body.
   *
   * @param type the resource type; must be one of the registry's
   * @param resource the request body; changed in place
   * @return {@code resource} itself, normalised in place
   * @throws ScimException 400 with {@code invalidValue}, {@code invalidSyntax}, {@code mutability}
   *     or {@code tooMany}, naming the attribute
   */
  public ScimResource validateCreate(ResourceType type, ScimResource resource) {
    return validate(type, resource, Operation.CREATE, null);
  }

  /**
   * Validates a {@code PUT} body against the stored resource.
   *
   * @param type the resource type; must be one of the registry's
   * @param resource the request body; changed in place
   * @param existing the stored resource, for the {@code immutable} checks; not changed
   * @return {@code resource} itself, normalised in place
   * @throws ScimException 400 with {@code invalidValue}, {@code invalidSyntax}, {@code mutability}
   *     or {@code tooMany}, naming the attribute
   */
  public ScimResource validateReplace(
      ResourceType type, ScimResource resource, ScimResource existing) {
    return validate(type, resource, Operation.REPLACE, existing);
  }

  /**
   * Validates the result of a PATCH against the resource before the PATCH.
   *
   * @param type the resource type; must be one of the registry's
   * @param patched the PATCH result; changed in place
   * @param original the resource before the PATCH, for the {@code readOnly} and {@code immutable}
   *     checks
   * @return {@code patched} itself, normalised in place
   * @throws ScimException 400 with {@code invalidValue}, {@code invalidSyntax}, {@code mutability}
   *     or {@code tooMany}, naming the attribute
   */
  public ScimResource validatePatchResult(
      ResourceType type, ScimResource patched, ScimResource original) {
    return validate(type, patched, Operation.PATCH_RESULT, original);
  }

  /**
   * Validates, in place, only the attributes of a PATCH result that {@code touched} accepts (at the
   * top level and in extension objects; their values entirely), with the same rules as {@link
   * #validatePatchResult}: the incremental validation of {@link
   * io.scimworks.core.patch.PatchEngine}. Comparisons with the resource before the PATCH ({@code
   * readOnly}, {@code immutable}) are the caller's. When {@code schemas} was touched it is
   * normalised as a full validation does.
   *
   * @param type the resource type; must be one of the registry's
   * @param patched the PATCH result; changed in place
   * @param touched selects the attributes the PATCH touched; others are not checked
   * @throws ScimException 400 with {@code invalidValue}, {@code invalidSyntax} or {@code tooMany},
   *     naming the attribute
   */
  public void validatePatchedAttributes(
      ResourceType type, ScimResource patched, Predicate<AttributeDefinition> touched) {
    TypeModel m = model(type);
    ObjectNode root = patched.json();
    new Checker(options, Operation.PATCH_RESULT, touched).checkRoot(root, m, null);
    for (AttributeDefinition d : m.core.attributes()) {
      JsonNode v = root.get(d.name());
      if (touched.test(d)
          && d.required()
          && d.mutability() != Mutability.READ_ONLY
          && Checker.isMissing(v)) {
        throw Checker.required(d.name(), v);
      }
    }
    ResolvedAttribute schemas = registry.resolveOrNull(type, AttributePath.of("schemas"));
    if (schemas != null && touched.test(schemas.attribute())) {
      // as after a full validation: the core URN and the extensions present, nothing else
      normaliseSchemas(root, m);
    }
  }

  /**
   * Validates and normalises {@code resource} in place for {@code operation}.
   *
   * @param type the resource type; must be one of the registry's
   * @param resource the resource; changed in place
   * @param operation what the resource is for, which decides the mutability rules
   * @param original the stored resource for {@link Operation#REPLACE} and {@link
   *     Operation#PATCH_RESULT} ({@code null} skips the comparisons)
   * @return {@code resource}, normalised
   * @throws ScimException 400 with {@code invalidValue}, {@code invalidSyntax} or {@code
   *     mutability}, naming the attribute
   */
  public ScimResource validate(
      ResourceType type,
      ScimResource resource,
      Operation operation,
      @Nullable ScimResource original) {
    TypeModel m = model(type);
    ObjectNode root = resource.json();
    ObjectNode orig = original == null ? null : original.json();
    if (operation != Operation.PATCH_RESULT) {
      SchemasCheck.check(root, m, registry, options);
    }
    new Checker(options, operation).checkRoot(root, m, orig);
    checkRequired(root, m);
    if (orig != null && operation != Operation.CREATE) {
      checkImmutable(root, orig, m, operation);
    }
    normaliseSchemas(root, m);
    return resource;
  }

  /**
   * Checks a query: the filter parses, {@code sortBy} names an attribute of the type, and the
   * attribute lists are paths.
   *
   * @param type the resource type; must be one of the registry's
   * @param query the request; not changed
   * @throws ScimException 400 {@code invalidFilter}, {@code invalidPath} or {@code invalidValue}
   */
  public void validateQuery(ResourceType type, SearchRequest query) {
    query.parsedFilter();
    if (query.sortBy() != null) {
      AttributePath p = parsePath(query.sortBy());
      if (registry.resolveOrNull(type, p) == null) {
        throw ScimException.of(
            ScimType.INVALID_VALUE,
            "sortBy '" + query.sortBy() + "' is not an attribute of " + type.name());
      }
    }
    query.attributes().forEach(ResourceValidator::parsePath);
    query.excludedAttributes().forEach(ResourceValidator::parsePath);
    if (query.count() != null && query.count() < 0) {
      throw ScimException.of(ScimType.INVALID_VALUE, "count must not be negative");
    }
  }

  /**
   * The values of {@code resource} that storage must keep unique ({@code uniqueness} {@code server}
   * or {@code global}), such as a user's {@code userName}.
   *
   * @param type the resource type; must be one of the registry's
   * @param resource a validated resource
   * @return a new list of the unique values, core attributes first; empty when there are none
   */
  public List<UniqueValue> uniqueValues(ResourceType type, ScimResource resource) {
    TypeModel m = model(type);
    List<UniqueValue> out = new ArrayList<>(2);
    collectUnique(out, type, m.core, resource.json(), false);
    for (Schema ext : m.extensions) {
      JsonNode eo = ScimJson.getIgnoreCase(resource.json(), ext.id());
      if (eo instanceof ObjectNode o) {
        collectUnique(out, type, ext, o, true);
      }
    }
    return out;
  }

  private void collectUnique(
      List<UniqueValue> out, ResourceType type, Schema schema, ObjectNode obj, boolean ext) {
    for (AttributeDefinition d : schema.attributes()) {
      if (d.uniqueness() != Uniqueness.NONE && !d.isComplex() && !d.multiValued()) {
        JsonNode v = ScimJson.getIgnoreCase(obj, d.name());
        if (v != null && !v.isNull()) {
          out.add(new UniqueValue(new ResolvedAttribute(schema.id(), ext, d, null), v));
        }
      }
    }
  }

  private void checkRequired(ObjectNode root, TypeModel m) {
    for (AttributeDefinition d : m.core.attributes()) {
      JsonNode v = root.get(d.name());
      if (d.required() && d.mutability() != Mutability.READ_ONLY && Checker.isMissing(v)) {
        throw Checker.required(d.name(), v);
      }
    }
    for (Schema ext : m.extensions) {
      if (m.extensionRequired(ext) && !(root.get(ext.id()) instanceof ObjectNode)) {
        throw ScimException.of(
            ScimType.INVALID_VALUE, "the extension " + ext.id() + " is required");
      }
      // required attributes inside a present extension are checked by the walk
    }
  }

  private void checkImmutable(ObjectNode root, ObjectNode orig, TypeModel m, Operation op) {
    immutableIn(root, orig, m.core.attributes(), "", op);
    for (Schema ext : m.extensions) {
      JsonNode before = ScimJson.getIgnoreCase(orig, ext.id());
      if (before instanceof ObjectNode bo) {
        JsonNode now = root.get(ext.id());
        ObjectNode no = now instanceof ObjectNode o ? o : null;
        if (no == null && hasImmutableValue(bo, ext.attributes())) {
          no = root.putObject(ext.id());
        }
        if (no != null) {
          immutableIn(no, bo, ext.attributes(), ext.id() + ":", op);
        }
      }
    }
  }

  private static boolean hasImmutableValue(ObjectNode before, List<AttributeDefinition> defs) {
    for (AttributeDefinition d : defs) {
      if (d.mutability() == Mutability.IMMUTABLE
          && !Checker.isEmpty(ScimJson.getIgnoreCase(before, d.name()))) {
        return true;
      }
    }
    return false;
  }

  private void immutableIn(
      ObjectNode now,
      ObjectNode before,
      List<AttributeDefinition> defs,
      String prefix,
      Operation op) {
    for (AttributeDefinition d : defs) {
      JsonNode b = ScimJson.getIgnoreCase(before, d.name());
      if (Checker.isEmpty(b)) {
        continue; // not set yet: may be set now
      }
      JsonNode n = now.get(d.name());
      if (d.mutability() == Mutability.IMMUTABLE) {
        if (Checker.isEmpty(n)) {
          if (op == Operation.REPLACE) {
            now.set(d.name(), b.deepCopy()); // omitted on PUT: the stored value stays
            continue;
          }
          throw ScimException.of(
              ScimType.MUTABILITY, prefix + d.name() + " is immutable and cannot be removed");
        }
        if (!equalValue(d, b, n)) {
          throw ScimException.of(
              ScimType.MUTABILITY, prefix + d.name() + " is immutable and cannot change");
        }
      } else if (d.isComplex() && !d.multiValued() && b instanceof ObjectNode bo) {
        if (n instanceof ObjectNode no) {
          immutableIn(no, bo, d.subAttributes(), prefix + d.name() + ".", op);
        }
      }
    }
  }

  private static boolean equalValue(AttributeDefinition d, JsonNode a, JsonNode b) {
    if (!d.caseExact() && a.isString() && b.isString()) {
      return CaseFolding.equal(a.stringValue(), b.stringValue());
    }
    return a.equals(b);
  }

  private void normaliseSchemas(ObjectNode root, TypeModel m) {
    List<String> wanted = new ArrayList<>(1 + m.extensions.size());
    wanted.add(m.core.id());
    for (Schema ext : m.extensions) {
      if (root.get(ext.id()) instanceof ObjectNode) {
        wanted.add(ext.id());
      }
    }
    JsonNode existing = root.get("schemas");
    if (existing instanceof ArrayNode a) {
      if (sameUrns(a, wanted)) {
        return;
      }
      for (JsonNode urn : a) {
        // an unregistered extension object that was kept (unknown attributes: KEEP) stays listed
        if (urn.isString()
            && !containsIgnoreCase(wanted, urn.stringValue())
            && ScimJson.getIgnoreCase(root, urn.stringValue()) instanceof ObjectNode) {
          wanted.add(urn.stringValue());
        }
      }
    }
    if (existing instanceof ArrayNode a && sameUrns(a, wanted)) {
      return;
    }
    ArrayNode arr = ScimJson.array();
    wanted.forEach(arr::add);
    if (existing != null) {
      root.set("schemas", arr);
      return;
    }
    ObjectNode rebuilt = ScimJson.object();
    rebuilt.set("schemas", arr);
    rebuilt.setAll(root);
    root.removeAll();
    root.setAll(rebuilt);
  }

  private static boolean containsIgnoreCase(List<String> list, String s) {
    for (String x : list) {
      if (x.equalsIgnoreCase(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameUrns(ArrayNode a, List<String> wanted) {
    if (a.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      if (!n.isString() || !n.stringValue().equals(wanted.get(i))) {
        return false;
      }
    }
    return true;
  }

  private TypeModel model(ResourceType type) {
    TypeModel m = models.get(type.name());
    if (m == null || (m.type != type && !m.type.equals(type))) {
      m = new TypeModel(registry, type);
      models.put(type.name(), m);
    }
    return m;
  }

  private static AttributePath parsePath(String text) {
    try {
      return FilterParser.defaults().parseAttributePath(text.trim());
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }
}
