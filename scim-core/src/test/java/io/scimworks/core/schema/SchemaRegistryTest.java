package io.scimworks.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimUrns;
import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributeInfo.ValueType;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import org.junit.jupiter.api.Test;

class SchemaRegistryTest {
  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final ResourceType users = registry.resourceType("user").orElseThrow();

  @Test
  void resolvesCoreAttributesCaseInsensitively() {
    ResolvedAttribute r = registry.resolve(users, AttributePath.of("USERNAME")).orElseThrow();
    assertThat(r.attribute().name()).isEqualTo("userName");
    assertThat(r.schemaUrn()).isEqualTo(ScimUrns.CORE_USER);
    assertThat(r.extension()).isFalse();
  }

  @Test
  void resolvesSubAttributesWithAndWithoutTheCoreUrn() {
    ResolvedAttribute plain =
        registry.resolve(users, AttributePath.of("name", "GIVENNAME")).orElseThrow();
    ResolvedAttribute qualified =
        registry
            .resolve(
                users, new AttributePath(ScimUrns.CORE_USER.toLowerCase(), "name", "givenName"))
            .orElseThrow();
    assertThat(plain.definition().name()).isEqualTo("givenName");
    assertThat(qualified).isEqualTo(plain);
    assertThat(plain.canonicalPath()).isEqualTo(AttributePath.of("name", "givenName"));
  }

  @Test
  void resolvesExtensionAttributesByUrnAndWithoutIt() {
    ResolvedAttribute byUrn =
        registry
            .resolve(users, new AttributePath(ScimUrns.ENTERPRISE_USER, "manager", "value"))
            .orElseThrow();
    assertThat(byUrn.extension()).isTrue();
    assertThat(byUrn.canonicalPath().toString())
        .isEqualTo(ScimUrns.ENTERPRISE_USER + ":manager.value");
    ResolvedAttribute bare =
        registry.resolve(users, AttributePath.of("employeeNumber")).orElseThrow();
    assertThat(bare.schemaUrn()).isEqualTo(ScimUrns.ENTERPRISE_USER);
  }

  @Test
  void resolvesCommonAttributesForEveryType() {
    ResourceType groups = registry.resourceType("Group").orElseThrow();
    assertThat(registry.resolve(groups, AttributePath.of("meta", "lastModified")))
        .get()
        .extracting(r -> r.definition().type())
        .isEqualTo(AttributeType.DATE_TIME);
    assertThat(
            registry.resolve(groups, AttributePath.of("ID")).orElseThrow().definition().caseExact())
        .isTrue();
  }

  @Test
  void unknownAttributesAndForeignUrnsDoNotResolve() {
    assertThat(registry.resolve(users, AttributePath.of("shoeSize"))).isEmpty();
    assertThat(registry.resolve(users, AttributePath.of("name", "nope"))).isEmpty();
    assertThat(registry.resolve(users, AttributePath.of("userName", "x"))).isEmpty();
    assertThat(registry.resolve(users, new AttributePath("urn:other", "userName", null))).isEmpty();
    ResourceType groups = registry.resourceType("Group").orElseThrow();
    assertThat(registry.resolve(groups, AttributePath.of("employeeNumber"))).isEmpty();
  }

  @Test
  void theFilterResolverReportsTypeCaseExactnessAndPlurality() {
    AttributeResolver resolver = registry.resolverFor(users);
    assertThat(resolver.resolve(AttributePath.of("emails", "value")))
        .isEqualTo(new AttributeInfo(ValueType.STRING, false, true));
    assertThat(resolver.resolve(AttributePath.of("active")))
        .isEqualTo(new AttributeInfo(ValueType.BOOLEAN, false, false));
    assertThat(resolver.resolve(AttributePath.of("meta", "created")).type())
        .isEqualTo(ValueType.DATE_TIME);
    assertThat(resolver.resolve(AttributePath.of("id")).caseExact()).isTrue();
    assertThat(resolver.resolve(AttributePath.of("unknown"))).isNull();
  }

  @Test
  void findsResourceTypesByEndpoint() {
    assertThat(registry.resourceTypeByEndpoint("groups"))
        .get()
        .extracting(ResourceType::name)
        .isEqualTo("Group");
    assertThat(registry.resourceTypeByEndpoint("/Nope")).isEmpty();
  }

  @Test
  void aResourceTypeWithAnUnregisteredSchemaIsRefused() {
    assertThatThrownBy(() -> SchemaRegistry.builder().resourceType(ResourceType.group()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ScimUrns.CORE_GROUP);
  }
}
