package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.FilterParser;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.ResourceMatcher;
import java.util.Comparator;
import tools.jackson.databind.node.ObjectNode;

/** Parses filters within the server's limits and compiles them against a type's schemas. */
public final class Filters {
  private final ServerOptions options;
  private final FilterParser parser;

  Filters(ServerOptions options) {
    this.options = options;
    // Lenient: old Entra samples send unquoted values (externalId eq jyoung).
    this.parser = FilterParser.builder().lenient(true).maxLength(options.maxFilterLength()).build();
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
      return parser.parseFilter(text);
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

  /** {@code filter} compiled with the schema rules of {@code type}. */
  public ResourceMatcher compile(SchemaRegistry registry, ResourceType type, Filter filter) {
    return new Matcher(registry.resolverFor(type), filter);
  }

  /** Orders resources by an attribute, missing values last. */
  public Comparator<ObjectNode> sorter(
      SchemaRegistry registry, ResourceType type, AttributePath by, boolean descending) {
    return Matcher.sorter(registry.resolverFor(type), by, descending);
  }
}
