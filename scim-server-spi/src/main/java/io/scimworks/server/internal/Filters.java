package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.message.SortOrder;
import io.scimworks.core.query.ResourceComparator;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import io.scimworks.filter.CompiledFilter;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterCache;
import io.scimworks.filter.FilterEvaluator;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.FilterParser;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.ResourceMatcher;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Parses filters within the server's limits and compiles them against a type's schemas. */
public final class Filters {
  private final ServerOptions options;
  private final FilterParser parser;
  private final FilterCache cache;
  private final java.util.Map<String, FilterEvaluator> evaluators =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Per resource type name, the compiled filters by filter text. */
  private final java.util.Map<String, java.util.Map<String, Compiled>> compiled =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Compiled filters kept per resource type; a type's cache is emptied when full. */
  static final int MAX_COMPILED = 1024;

  /**
   * A filter text parsed and compiled for one resource type.
   *
   * @param filter the parsed filter
   * @param matcher the filter compiled with the type's schema rules
   * @param managed whether it names a server-managed attribute ({@link ManagedAttributes}), so that
   *     it must be evaluated on the resource as the client sees it
   * @param groups whether it names a user's {@code groups}, which that resource must then hold
   */
  record Compiled(Filter filter, ResourceMatcher matcher, boolean managed, boolean groups) {}

  Filters(ServerOptions options) {
    this.options = options;
    // Lenient: old Entra samples send unquoted values (externalId eq jyoung).
    this.parser = FilterParser.builder().lenient(true).maxLength(options.maxFilterLength()).build();
    this.cache = FilterCache.create(10_000, parser);
  }

  /**
   * Parses a filter.
   *
   * @throws ScimException 400 {@code invalidFilter} naming the problem
   */
  public Filter parse(String text) {
    if (text.length() > options.maxFilterLength()) {
      throw ScimException.of(
          ScimType.INVALID_FILTER,
          "The filter is longer than " + options.maxFilterLength() + " characters");
    }
    if (text.isBlank()) {
      throw ScimException.of(ScimType.INVALID_FILTER, "The filter is empty");
    }
    try {
      return cache.parse(text);
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }

  /** Parses an attribute path such as a {@code sortBy}. */
  public AttributePath parsePath(String text) {
    try {
      return parser.parseAttributePath(text.trim());
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }

  /**
   * {@code text} parsed and compiled for {@code type}, from a bounded cache: an identity provider
   * sends the same filters again and again, and compiling costs more than matching one resource.
   *
   * @throws ScimException 400 {@code invalidFilter} naming the problem
   */
  Compiled compile(SchemaRegistry registry, ResourceType type, String text) {
    java.util.Map<String, Compiled> ofType = compiled.get(type.name());
    if (ofType == null) {
      ofType =
          compiled.computeIfAbsent(
              type.name(), n -> new java.util.concurrent.ConcurrentHashMap<>());
    }
    Compiled c = ofType.get(text);
    if (c != null) {
      return c;
    }
    Filter filter = parse(text);
    c =
        new Compiled(
            filter,
            compile(registry, type, filter),
            ManagedAttributes.referencedBy(filter),
            ManagedAttributes.namesGroups(filter));
    if (text.length() <= FilterCache.MAX_CACHED_LENGTH) {
      if (ofType.size() >= MAX_COMPILED) {
        ofType.clear();
      }
      ofType.put(text, c);
    }
    return c;
  }

  /** {@code filter} compiled with the schema rules of {@code type}. */
  public ResourceMatcher compile(SchemaRegistry registry, ResourceType type, Filter filter) {
    NeverReturned.checkFilter(registry, type, filter, resolver(registry, type));
    CompiledFilter compiled;
    try {
      compiled =
          evaluators
              .computeIfAbsent(type.name(), n -> FilterEvaluator.of(resolver(registry, type)))
              .compile(filter);
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
    return compiled::test;
  }

  /**
   * {@code valueFilter} compiled with the schema rules of {@code type} to test one element of the
   * multi-valued attribute {@code parent}, its paths relative to the element ({@code value eq "x"}
   * under {@code members}): the comparison {@code parent[valueFilter]} makes of each element.
   *
   * @throws ScimException 400 {@code invalidFilter} naming the problem
   */
  Predicate<JsonNode> compileElement(
      SchemaRegistry registry, ResourceType type, AttributePath parent, Filter valueFilter) {
    try {
      return evaluators
              .computeIfAbsent(type.name(), n -> FilterEvaluator.of(resolver(registry, type)))
              .compileElementFilter(parent, valueFilter)
          ::test;
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }

  /**
   * The type's resolver, reading {@code "True"}/{@code "False"} compared with a boolean attribute
   * as booleans when validation coerces them in bodies ({@code
   * ValidationOptions.coerceBooleanStrings}, on by default for Entra ID): one leniency, one switch,
   * for resources and for filters.
   */
  private AttributeResolver resolver(SchemaRegistry registry, ResourceType type) {
    AttributeResolver schema = registry.resolverFor(type);
    boolean booleanStrings = options.validationOptions().coerceBooleanStrings();
    return new AttributeResolver() {
      @Override
      public @Nullable AttributeInfo resolve(AttributePath path) {
        return schema.resolve(path);
      }

      @Override
      public UnaryOperator<String> caseFolding() {
        return schema.caseFolding();
      }

      @Override
      public boolean booleanStrings() {
        return booleanStrings;
      }
    };
  }

  /** Orders resources by an attribute, missing values last. */
  public Comparator<ObjectNode> sorter(
      SchemaRegistry registry, ResourceType type, String sortBy, boolean descending) {
    NeverReturned.checkSort(registry, type, parsePath(sortBy));
    return ResourceComparator.of(
            registry, type, sortBy, descending ? SortOrder.DESCENDING : SortOrder.ASCENDING)
        .onTrees();
  }
}
