package io.scimworks.benchmarks;

import io.scimworks.filter.AttributeResolver;
import io.scimworks.filter.CompiledFilter;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterCache;
import io.scimworks.filter.FilterEvaluator;
import io.scimworks.filter.FilterParser;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engines compared: ours (with and without the cache) and the peers. */
final class Engines {
  private Engines() {}

  static List<FilterEngine> all() {
    return List.of(ours(), oursCached(), unboundId(), scimple(), ScimSdkEngine.create());
  }

  /** The engine called {@code name}. */
  static FilterEngine named(String name) {
    return switch (name) {
      case "scimworks" -> ours();
      case "scimworks-cached" -> oursCached();
      case "unboundid" -> unboundId();
      case "scimple" -> scimple();
      case "scim-sdk" -> ScimSdkEngine.create();
      default -> throw new IllegalArgumentException(name);
    };
  }

  static FilterEngine ours() {
    JsonNode user = JsonMapper.builder().build().readTree(FilterCorpus.userJson());
    FilterParser parser = FilterParser.defaults();
    FilterEvaluator evaluator = FilterEvaluator.of(AttributeResolver.DEFAULT);
    return new FilterEngine() {
      @Override
      public String name() {
        return "scimworks";
      }

      @Override
      public Object parse(String filter) {
        return parser.parseFilter(filter);
      }

      @Override
      public Object prepare(Object parsed) {
        return evaluator.compile((Filter) parsed);
      }

      @Override
      public boolean matchesUser(Object prepared) {
        return ((CompiledFilter) prepared).test(user);
      }
    };
  }

  static FilterEngine oursCached() {
    FilterEngine plain = ours();
    FilterCache cache = FilterCache.create(1000, FilterParser.defaults());
    return new FilterEngine() {
      @Override
      public String name() {
        return "scimworks-cached";
      }

      @Override
      public Object parse(String filter) {
        return cache.parse(filter);
      }

      @Override
      public Object prepare(Object parsed) throws Exception {
        return plain.prepare(parsed);
      }

      @Override
      public boolean matchesUser(Object prepared) throws Exception {
        return plain.matchesUser(prepared);
      }
    };
  }

  static FilterEngine unboundId() {
    JsonNode user = JsonMapper.builder().build().readTree(FilterCorpus.userJson());
    return new FilterEngine() {
      @Override
      public String name() {
        return "unboundid";
      }

      @Override
      public Object parse(String filter) throws Exception {
        return com.unboundid.scim2.common.filters.Filter.fromString(filter);
      }

      @Override
      public boolean matchesUser(Object prepared) throws Exception {
        return com.unboundid.scim2.common.utils.FilterEvaluator.evaluate(
            (com.unboundid.scim2.common.filters.Filter) prepared, user);
      }
    };
  }

  static FilterEngine scimple() {
    return ScimpleEngine.create();
  }
}
