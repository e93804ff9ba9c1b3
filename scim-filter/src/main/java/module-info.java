/**
 * SCIM filter and PATCH path language (RFC 7644 §3.4.2.2 and §3.5.2): parser, immutable AST,
 * printer, builder and evaluator over JSON trees. The ANTLR parser behind it is not exported.
 */
@SuppressWarnings("requires-automatic") // the ANTLR runtime has no descriptor, only a module name
module io.scimworks.filter {
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;
  requires org.antlr.antlr4.runtime;

  exports io.scimworks.filter;
}
