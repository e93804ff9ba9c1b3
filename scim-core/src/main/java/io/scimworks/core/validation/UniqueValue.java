package io.scimworks.core.validation;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.Uniqueness;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A value that storage must keep unique (RFC 7643 {@code uniqueness} {@code server} or {@code
 * global}), e.g. a user's {@code userName}.
 *
 * @param attribute the attribute, with its definition
 * @param value the value in the resource
 */
public record UniqueValue(ResolvedAttribute attribute, JsonNode value) {

  /**
   * Rejects nulls.
   *
   * @param attribute the attribute; not null
   * @param value the value; not null
   * @throws NullPointerException when an argument is null
   */
  public UniqueValue {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@code server} or {@code global}.
   *
   * @return the attribute's uniqueness, {@code server} or {@code global}
   */
  public Uniqueness uniqueness() {
    return attribute.definition().uniqueness();
  }

  /**
   * A key under which equal values collide: the text, {@linkplain CaseFolding#fold(String) folded}
   * unless the attribute is {@code caseExact}. Use it for an index or a unique database column.
   *
   * @return the folded or exact text for strings, the JSON text for other values
   */
  public String key() {
    String s = value.isString() ? value.stringValue() : value.toString();
    return attribute.definition().caseExact() ? s : CaseFolding.fold(s);
  }
}
