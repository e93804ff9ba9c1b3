package io.scimworks.spring.internal;

import io.scimworks.core.schema.ResourceType;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.Repository;
import io.scimworks.spring.ScimConfigurationException;
import io.scimworks.spring.ScimResource;
import io.scimworks.spring.ScimResourceRegistration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;

/** Finds the resource types an application declared: annotated repositories and registrations. */
public final class Registrations {
  private Registrations() {}

  /**
   * The registrations, one per resource type, in declaration order.
   *
   * @param inMemory whether in-memory Users and Groups stand in when the application declared none
   * @throws ScimConfigurationException when none is declared (and in-memory is off), a custom
   *     resource type is annotated, or a type is declared twice
   */
  public static List<ScimResourceRegistration> find(ListableBeanFactory beans, boolean inMemory) {
    Map<String, ScimResourceRegistration> byType = new LinkedHashMap<>();
    List<String> unannotated = new ArrayList<>();
    for (String name : beans.getBeanNamesForType(Repository.class, true, false)) {
      ScimResource marker = beans.findAnnotationOnBean(name, ScimResource.class);
      if (marker == null) {
        unannotated.add(name);
        continue;
      }
      Repository repository = beans.getBean(name, Repository.class);
      add(byType, builtIn(name, marker.value(), repository), "bean '" + name + "'");
    }
    beans
        .getBeansOfType(ScimResourceRegistration.class, true, false)
        .forEach((name, r) -> add(byType, r, "bean '" + name + "'"));
    if (byType.isEmpty()) {
      if (!inMemory) {
        throw missing(unannotated);
      }
      add(byType, ScimResourceRegistration.users(InMemoryRepository.forUsers()), "in-memory");
      add(byType, ScimResourceRegistration.groups(InMemoryRepository.forGroups()), "in-memory");
    }
    return List.copyOf(byType.values());
  }

  private static ScimResourceRegistration builtIn(String bean, String type, Repository repo) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "user", "users" -> ScimResourceRegistration.users(repo);
      case "group", "groups" -> ScimResourceRegistration.groups(repo);
      default ->
          throw new ScimConfigurationException(
              "Repository bean '"
                  + bean
                  + "' is marked @ScimResource(\""
                  + type
                  + "\"), which is "
                  + "not a built-in resource type.",
              "Use @ScimResource(\"User\") or @ScimResource(\"Group\"), or declare a "
                  + "ScimResourceRegistration bean with the custom ResourceType and its schema.");
    };
  }

  private static void add(
      Map<String, ScimResourceRegistration> byType, ScimResourceRegistration r, String source) {
    ResourceType type = r.type();
    String key = type.name().toLowerCase(Locale.ROOT);
    if (byType.putIfAbsent(key, r) != null) {
      throw new ScimConfigurationException(
          "Resource type " + type.name() + " is declared twice (again by " + source + ").",
          "Declare exactly one repository per SCIM resource type.");
    }
  }

  private static ScimConfigurationException missing(List<String> unannotated) {
    String found =
        unannotated.isEmpty()
            ? "no Repository bean"
            : "Repository beans " + unannotated + ", none marked with @ScimResource";
    return new ScimConfigurationException(
        "The SCIM endpoint has no storage: found " + found + ".",
        "Declare a Repository bean for each resource type, marked @ScimResource(\"User\") or "
            + "@ScimResource(\"Group\") (or a ScimResourceRegistration bean for a custom type), "
            + "or set scimworks.in-memory=true to serve in-memory Users and Groups (data is lost "
            + "on restart).");
  }
}
