package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Returned;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.ComparisonTypes;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a search may ask of an attribute that is never returned ({@code "returned": "never"}, such
 * as {@code password}): RFC 7643 §4.1.1 lets a client compare a password "for equality", and that
 * is all. Any other operator, or sorting by it, would answer what no response may show: {@code
 * password sw "a"}, then {@code "ab"}, reads a password a character at a time, and the order of a
 * sort reads it by bisection.
 */
final class NeverReturned {
  private NeverReturned() {}

  /**
   * Refuses a filter that compares a never-returned attribute other than with {@code eq} or {@code
   * ne} ({@code pr} says only whether one is set), or with a literal of another type than the
   * attribute's; the error names the attribute and the operator, never the literal ({@code password
   * eq 12345678}, a password sent without quotes, is not quoted back).
   *
   * @throws ScimException 400 {@code invalidFilter} naming the attribute
   */
  static void checkFilter(
      SchemaRegistry registry, ResourceType type, Filter filter, AttributeResolver resolver) {
    Deque<Filter> todo = new ArrayDeque<>();
    Map<Filter, AttributePath> scope = new IdentityHashMap<>(); // the value path a term is inside
    todo.push(filter);
    while (!todo.isEmpty()) {
      Filter f = todo.pop();
      if (f instanceof Filter.And and) {
        inScope(todo, scope, and.left(), scope.get(f));
        inScope(todo, scope, and.right(), scope.get(f));
      } else if (f instanceof Filter.Or or) {
        inScope(todo, scope, or.left(), scope.get(f));
        inScope(todo, scope, or.right(), scope.get(f));
      } else if (f instanceof Filter.Not not) {
        inScope(todo, scope, not.filter(), scope.get(f));
      } else if (f instanceof Filter.ValuePath v) {
        inScope(todo, scope, v.filter(), v.path());
      } else if (f instanceof Filter.Compare c) {
        AttributePath path = within(scope.get(f), c.path());
        if (!hidden(registry, type, path)) {
          continue;
        }
        if (c.operator() == CompareOperator.EQ || c.operator() == CompareOperator.NE) {
          checkLiteral(c, path, resolver);
        } else {
          throw ScimException.of(
              ScimType.INVALID_FILTER,
              "'"
                  + path
                  + "' is never returned, so a filter may compare it for equality only (eq, ne),"
                  + " not with "
                  + c.operator().token());
        }
      }
    }
  }

  /** Checks the literal's type as the evaluator will, naming the comparison without its value. */
  private static void checkLiteral(
      Filter.Compare c, AttributePath path, AttributeResolver resolver) {
    if (c.value() instanceof CompareValue.NullValue) {
      return;
    }
    AttributeInfo info = resolver.resolve(path);
    if (info == null && path.subAttribute() != null) {
      info = resolver.resolve(path.parent()); // password[value eq ...] compares the password
    }
    try {
      ComparisonTypes.check(
          c.operator(),
          c.value(),
          info,
          resolver.booleanStrings(),
          path + " " + c.operator().token() + " ...");
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }

  /**
   * Refuses to sort by a never-returned attribute.
   *
   * @throws ScimException 400 {@code invalidValue} naming the attribute
   */
  static void checkSort(SchemaRegistry registry, ResourceType type, AttributePath sortBy) {
    if (hidden(registry, type, sortBy)) {
      throw ScimException.of(
          ScimType.INVALID_VALUE, "Cannot sort by '" + sortBy + "', which is never returned");
    }
  }

  private static void inScope(
      Deque<Filter> todo,
      Map<Filter, AttributePath> scope,
      Filter f,
      @Nullable AttributePath valuePath) {
    if (valuePath != null) {
      scope.put(f, valuePath);
    }
    todo.push(f);
  }

  /** {@code path} as named from the top of the resource, inside {@code valuePath} when not null. */
  private static AttributePath within(@Nullable AttributePath valuePath, AttributePath path) {
    if (valuePath == null || path.subAttribute() != null) {
      return path;
    }
    return new AttributePath(valuePath.schemaUrn(), valuePath.attribute(), path.attribute());
  }

  /**
   * Whether {@code path} reads a never-returned value: the attribute itself is never returned,
   * whatever follows it, or the sub-attribute is. The attribute is resolved on its own, since a
   * name after a simple attribute resolves to nothing while the evaluator still reads the
   * attribute: inside {@code password[value sw "S"]}, {@code value} is the password itself.
   */
  private static boolean hidden(SchemaRegistry registry, ResourceType type, AttributePath path) {
    ResolvedAttribute top = registry.resolveOrNull(type, path.parent());
    if (top == null) {
      return false;
    }
    if (top.attribute().returned() == Returned.NEVER) {
      return true;
    }
    AttributeDefinition sub =
        path.subAttribute() == null
            ? null
            : top.attribute().subAttributeOrNull(path.subAttribute());
    return sub != null && sub.returned() == Returned.NEVER;
  }
}
