package io.scimworks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.resource.Email;
import io.scimworks.core.resource.Entitlement;
import io.scimworks.core.resource.Im;
import io.scimworks.core.resource.PhoneNumber;
import io.scimworks.core.resource.Photo;
import io.scimworks.core.resource.Role;
import io.scimworks.core.resource.X509Certificate;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value types' builders share a package-private base; code in another package that reaches them
 * by reflection (mappers, frameworks) still finds public setters on each public builder.
 */
class ValueBuildersByReflectionTest {

  @Test
  void everyBuildersSettersAreCallableByReflectionFromAnotherPackage() throws Exception {
    List<Class<?>> types =
        List.of(
            Email.class,
            Entitlement.class,
            Im.class,
            PhoneNumber.class,
            Photo.class,
            Role.class,
            X509Certificate.class);
    for (Class<?> type : types) {
      Object builder = type.getMethod("builder").invoke(null);
      Class<?> builderType = builder.getClass();
      call(builderType, "value", String.class, builder, "v");
      call(builderType, "display", String.class, builder, "d");
      call(builderType, "type", String.class, builder, "work");
      call(builderType, "primary", Boolean.class, builder, true);
      Object built = builderType.getMethod("build").invoke(builder);

      assertThat(built).isInstanceOf(type);
      assertThat(built.toString())
          .as(type.getSimpleName())
          .isEqualTo(type.getSimpleName() + "[value=v, display=d, type=work, primary=true]");
    }
  }

  private static void call(
      Class<?> builderType, String name, Class<?> parameter, Object builder, Object argument)
      throws Exception {
    Method setter = builderType.getMethod(name, parameter);
    assertThat(setter.invoke(builder, argument)).isSameAs(builder);
  }
}
