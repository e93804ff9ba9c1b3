package io.scimworks.core.resource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonMapFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * The attribute names a class is written with, found once through Jackson's format visitor, so that
 * writing an extension can remove the attributes a {@code null} component stands for even when the
 * class leaves nulls out of its JSON ({@code @JsonInclude(NON_NULL)}).
 */
final class DeclaredAttributes {
  private DeclaredAttributes() {}

  /**
   * The lower-cased names {@code type} declares, or {@code null} when it is a map (its keys are the
   * attributes, so writing one replaces the whole extension object).
   *
   * @throws IllegalArgumentException if {@code type} is not written as a JSON object
   */
  static @Nullable Set<String> of(JsonMapper mapper, String urn, Class<?> type) {
    Collector collector = new Collector();
    try {
      mapper.acceptJsonFormatVisitor(type, collector);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          type.getName() + " cannot be bound to " + urn + ": " + e.getOriginalMessage(), e);
    }
    if (collector.map) {
      return null;
    }
    if (!collector.object) {
      throw new IllegalArgumentException(
          type.getName()
              + " cannot be bound to "
              + urn
              + ": an extension is a JSON object, bind a record or a class with properties");
    }
    return Set.copyOf(collector.names);
  }

  private static final class Collector extends JsonFormatVisitorWrapper.Base {
    private final Set<String> names = new HashSet<>();
    private boolean object;
    private boolean map;

    @Override
    public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
      object = true;
      return new JsonObjectFormatVisitor.Base(getContext()) {
        @Override
        public void property(BeanProperty prop) {
          add(prop.getName());
        }

        @Override
        public void property(String name, JsonFormatVisitable handler, JavaType propertyTypeHint) {
          add(name);
        }

        @Override
        public void optionalProperty(BeanProperty prop) {
          add(prop.getName());
        }

        @Override
        public void optionalProperty(
            String name, JsonFormatVisitable handler, JavaType propertyTypeHint) {
          add(name);
        }
      };
    }

    @Override
    public JsonMapFormatVisitor expectMapFormat(JavaType type) {
      map = true;
      return super.expectMapFormat(type);
    }

    private void add(String name) {
      names.add(name.toLowerCase(Locale.ROOT));
    }
  }
}
