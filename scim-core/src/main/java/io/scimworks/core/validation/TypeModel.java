package io.scimworks.core.validation;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaExtension;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What validation needs to know of one resource type, computed once. */
final class TypeModel {
  final ResourceType type;
  final Schema core;
  final List<Schema> extensions;
  private final Map<String, Schema> extensionByLowerUrn = new HashMap<>();
  private static final List<AttributeDefinition> COMMON = Schemas.commonAttributes();

  TypeModel(SchemaRegistry registry, ResourceType type) {
    this.type = type;
    this.core = registry.coreSchema(type);
    this.extensions = registry.extensionSchemas(type);
    for (Schema s : extensions) {
      extensionByLowerUrn.put(s.id().toLowerCase(Locale.ROOT), s);
    }
  }

  @Nullable AttributeDefinition common(String key) {
    int n = key.length(); // id, meta, schemas, externalId
    if (n != 2 && n != 4 && n != 7 && n != 10) {
      return null;
    }
    for (AttributeDefinition d : COMMON) {
      if (d.name().equalsIgnoreCase(key)) {
        return d;
      }
    }
    return null;
  }

  @Nullable Schema extension(String key) {
    if (!key.regionMatches(true, 0, "urn:", 0, 4)) {
      return null;
    }
    for (int i = 0; i < extensions.size(); i++) {
      if (extensions.get(i).id().equals(key)) {
        return extensions.get(i);
      }
    }
    return extensionByLowerUrn.get(key.toLowerCase(Locale.ROOT));
  }

  boolean extensionRequired(Schema ext) {
    for (SchemaExtension e : type.schemaExtensions()) {
      if (e.schema().equalsIgnoreCase(ext.id())) {
        return e.required();
      }
    }
    return false;
  }

  static boolean writable(AttributeDefinition d) {
    return d.mutability() != Mutability.READ_ONLY;
  }

  static List<AttributeDefinition> requiredOf(List<AttributeDefinition> defs) {
    List<AttributeDefinition> out = new ArrayList<>();
    for (AttributeDefinition d : defs) {
      if (d.required() && writable(d)) {
        out.add(d);
      }
    }
    return out;
  }
}
