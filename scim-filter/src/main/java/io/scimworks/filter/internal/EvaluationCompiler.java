package io.scimworks.filter.internal;

import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles a filter tree into a tree of {@link EvalNode}s once: the resolver is asked about each
 * attribute at compile time, comparison semantics are chosen then, and chains of {@code and} /
 * {@code or} become flat arrays, so evaluation does no parsing, no lookups in the schema and no
 * recursion along long chains.
 */
public final class EvaluationCompiler {
  private final AttributeResolver resolver;

  /** A compiler asking {@code resolver} about attributes. */
  public EvaluationCompiler(AttributeResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Compiles {@code filter}. With a {@code parent}, paths are relative to one element of that
   * (multi-valued) attribute, as inside {@code parent[filter]}.
   */
  public EvalNode compile(Filter filter, @Nullable AttributePath parent) {
    if (filter instanceof Filter.And and) {
      EvalNode[] parts = chain(and, Filter.And.class, parent);
      return context -> {
        for (EvalNode part : parts) {
          if (!part.test(context)) {
            return false;
          }
        }
        return true;
      };
    }
    if (filter instanceof Filter.Or or) {
      EvalNode[] parts = chain(or, Filter.Or.class, parent);
      return context -> {
        for (EvalNode part : parts) {
          if (part.test(context)) {
            return true;
          }
        }
        return false;
      };
    }
    if (filter instanceof Filter.Not not) {
      EvalNode inner = compile(not.filter(), parent);
      return context -> !inner.test(context);
    }
    if (filter instanceof Filter.Present present) {
      AttributeAccess access = new AttributeAccess(present.path());
      return access::present;
    }
    if (filter instanceof Filter.Compare compare) {
      return compare(compare, parent);
    }
    Filter.ValuePath valuePath = (Filter.ValuePath) filter;
    return valuePath(valuePath, parent);
  }

  private EvalNode compare(Filter.Compare compare, @Nullable AttributePath parent) {
    AttributeAccess access = new AttributeAccess(compare.path());
    CompareOperator op = compare.operator();
    if (compare.value() instanceof CompareValue.NullValue) {
      // "eq null" asks for an unassigned attribute, "ne null" for an assigned one (RFC 7643 §2.5)
      if (op == CompareOperator.EQ) {
        return context -> !access.present(context);
      }
      if (op == CompareOperator.NE) {
        return access::present;
      }
    }
    AttributePath qualified = qualify(compare.path(), parent);
    AttributeInfo info = resolver.resolve(qualified);
    if (info != null
        && info.type() == AttributeInfo.ValueType.COMPLEX
        && !qualified.hasSubAttribute()) {
      // a complex attribute compared directly stands for its "value" sub-attribute
      info =
          resolver.resolve(
              new AttributePath(qualified.schemaUrn(), qualified.attribute(), "value"));
    }
    LeafTest leaf =
        LeafTests.create(
            op, compare.value(), info, resolver.caseFolding(), resolver.booleanStrings(), compare);
    boolean absentMatches = op == CompareOperator.NE;
    return context -> {
      int result = access.test(context, leaf);
      return result == AttributeAccess.MATCH || (absentMatches && result == AttributeAccess.ABSENT);
    };
  }

  private EvalNode valuePath(Filter.ValuePath valuePath, @Nullable AttributePath parent) {
    AttributeAccess access = new AttributeAccess(valuePath.path());
    EvalNode element = compile(valuePath.filter(), qualify(valuePath.path(), parent));
    return context -> {
      JsonNode target = access.target(context);
      if (target == null) {
        return false;
      }
      if (target.isArray()) {
        for (JsonNode item : target) {
          if (!item.isNull() && element.test(asElement(item))) {
            return true;
          }
        }
        return false;
      }
      return element.test(asElement(target));
    };
  }

  /**
   * An element as the object its filter's paths are relative to: a scalar element of a simple
   * multi-valued attribute stands as {@code {"value": element}}, so {@code roles[value eq "x"]}
   * works on arrays of strings too.
   */
  public static JsonNode asElement(JsonNode element) {
    if (element.isObject()) {
      return element;
    }
    ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
    wrapper.set("value", element);
    return wrapper;
  }

  /** Flattens a left- or right-leaning chain of one operator without recursing along it. */
  private EvalNode[] chain(
      Filter root, Class<? extends Filter> kind, @Nullable AttributePath parent) {
    List<Filter> operands = new ArrayList<>();
    Deque<Filter> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Filter f = pending.pop();
      if (kind.isInstance(f)) {
        if (f instanceof Filter.And and) {
          pending.push(and.right());
          pending.push(and.left());
        } else {
          Filter.Or or = (Filter.Or) f;
          pending.push(or.right());
          pending.push(or.left());
        }
      } else {
        operands.add(f);
      }
    }
    EvalNode[] nodes = new EvalNode[operands.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(operands.get(i), parent);
    }
    return nodes;
  }

  /**
   * The fully qualified path the resolver knows: {@code type} under {@code emails} is {@code
   * emails.type}.
   */
  private static AttributePath qualify(AttributePath path, @Nullable AttributePath parent) {
    return parent == null ? path : path.under(parent);
  }
}
