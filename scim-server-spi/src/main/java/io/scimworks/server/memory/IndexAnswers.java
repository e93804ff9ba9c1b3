package io.scimworks.server.memory;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What each index of a store answers for {@code attribute eq "value"} under a resource type's
 * schema, as the server's filter evaluator compares: an index keyed like the evaluator compares
 * (the schema's {@code caseExact}, {@link io.scimworks.core.CaseFolding} otherwise) finds exactly
 * the matching resources, which then need no evaluation, and can be handed over as their stored
 * text.
 */
final class IndexAnswers {

  /** What an index's look-up of a value is worth. */
  enum Answer {
    /** exactly the resources the comparison matches */
    EXACT,
    /** every resource the comparison matches, and maybe others: each must be evaluated */
    CANDIDATES,
    /** maybe not every match (its comparison is stricter than the filter's): scan instead */
    NONE
  }

  /** Without a schema each index is trusted to compare as its builder declared: candidates. */
  static final IndexAnswers UNKNOWN_SCHEMA = new IndexAnswers(null, List.of());

  private final @Nullable String coreSchema;
  private final List<Answer> answers;

  private IndexAnswers(@Nullable String coreSchema, List<Answer> answers) {
    this.coreSchema = coreSchema;
    this.answers = answers;
  }

  /** The answers of indexes on {@code specs} for resources of {@code type}. */
  static IndexAnswers of(List<IndexSpec> specs, SchemaRegistry registry, ResourceType type) {
    List<Answer> answers = new ArrayList<>(specs.size());
    for (IndexSpec spec : specs) {
      AttributePath path =
          spec.subAttribute() == null
              ? AttributePath.of(spec.attribute())
              : AttributePath.of(spec.attribute(), spec.subAttribute());
      answers.add(answer(spec, registry.resolveOrNull(type, path)));
    }
    return new IndexAnswers(type.schema(), Collections.unmodifiableList(answers));
  }

  private static Answer answer(IndexSpec spec, @Nullable ResolvedAttribute resolved) {
    if (resolved == null || resolved.extension()) {
      return Answer.NONE; // the evaluator infers an unknown attribute's type (date-times...)
    }
    AttributeDefinition d = resolved.definition();
    boolean text = d.type() == AttributeType.STRING || d.type() == AttributeType.REFERENCE;
    if (!text || (resolved.subAttribute() != null && d.multiValued())) {
      return Answer.NONE; // compared otherwise, or values the index does not collect
    }
    if (d.caseExact() == spec.caseExact()) {
      return Answer.EXACT;
    }
    // a case-folded index of a caseExact attribute finds a superset; the converse misses matches
    return d.caseExact() ? Answer.CANDIDATES : Answer.NONE;
  }

  /**
   * What index {@code index} (its position among the store's specs) answers for an {@code eq}
   * comparison on {@code path}, a path the index {@linkplain IndexSpec#covers covers}.
   */
  Answer answer(int index, AttributePath path) {
    if (coreSchema == null) {
      return Answer.CANDIDATES;
    }
    Answer a = answers.get(index);
    if (a == Answer.EXACT
        && path.schemaUrn() != null
        && !path.schemaUrn().equalsIgnoreCase(coreSchema)) {
      return Answer.CANDIDATES; // another schema's URN: the evaluator decides what it names
    }
    return a;
  }
}
