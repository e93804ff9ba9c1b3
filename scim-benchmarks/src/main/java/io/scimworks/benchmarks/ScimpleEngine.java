package io.scimworks.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import java.util.function.Predicate;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterExpressions;
import org.apache.directory.scim.spec.resources.ScimResource;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.apache.directory.scim.spec.schema.Schema;
import org.apache.directory.scim.spec.schema.Schemas;

/**
 * Apache SCIMple: ANTLR-based parser, predicates compiled over its typed {@code ScimUser} (read
 * from the same JSON; SCIMple's typed model drops the enterprise extension here).
 */
final class ScimpleEngine implements FilterEngine {
  private final Schema schema;
  private final ScimUser user;

  private ScimpleEngine(Schema schema, ScimUser user) {
    this.schema = schema;
    this.user = user;
  }

  static FilterEngine create() {
    try {
      ObjectMapper mapper =
          new ObjectMapper()
              .registerModule(new JakartaXmlBindAnnotationModule())
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      ScimUser user = mapper.readValue(FilterCorpus.userJson(), ScimUser.class);
      return new ScimpleEngine(Schemas.schemaFor(ScimUser.class), user);
    } catch (Exception e) {
      throw new IllegalStateException("SCIMple setup failed", e);
    }
  }

  @Override
  public String name() {
    return "scimple";
  }

  @Override
  public Object parse(String filter) throws Exception {
    return new Filter(filter);
  }

  @Override
  public Object prepare(Object parsed) {
    return FilterExpressions.inMemory((Filter) parsed, schema);
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean matchesUser(Object prepared) {
    return ((Predicate<ScimResource>) prepared).test(user);
  }
}
