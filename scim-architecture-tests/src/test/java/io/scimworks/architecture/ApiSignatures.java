package io.scimworks.architecture;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a caller of an API class can see: its supertypes and the types in the signatures of its
 * public and protected members (generic arguments included). None of them may live in an {@code
 * .internal} package, which the module descriptors do not export.
 */
final class ApiSignatures {
  private ApiSignatures() {}

  static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no .internal type in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (!visible(type)) {
          return;
        }
        List<JavaType> supertypes = new ArrayList<>();
        type.getRawSuperclass().ifPresent(supertypes::add);
        supertypes.addAll(type.getInterfaces());
        report(type, "extends or implements", supertypes, events);
        for (JavaMember member : type.getMembers()) {
          if (!visible(member)) {
            continue;
          }
          List<JavaType> signature = new ArrayList<>();
          if (member instanceof JavaField field) {
            signature.add(field.getType());
          } else if (member instanceof JavaCodeUnit code) {
            signature.add(code.getReturnType());
            signature.addAll(code.getParameterTypes());
            code.getThrowsClause().getTypes().forEach(signature::add);
          }
          report(member, "has in its signature", signature, events);
        }
      }
    };
  }

  private static void report(
      HasDescription owner,
      String relation,
      List<? extends JavaType> types,
      ConditionEvents events) {
    for (JavaType type : types) {
      for (JavaClass raw : type.getAllInvolvedRawTypes()) {
        if (PackageWithInternals.owner(raw.getPackageName()).length()
            < raw.getPackageName().length()) {
          events.add(
              SimpleConditionEvent.violated(
                  owner,
                  owner.getDescription() + " " + relation + " the internal type " + raw.getName()));
        }
      }
    }
  }

  private static boolean visible(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    Optional<JavaClass> enclosing = type.getEnclosingClass();
    return enclosing.isEmpty() || visible(enclosing.get());
  }

  private static boolean visible(JavaMember member) {
    if (member.getModifiers().contains(JavaModifier.PUBLIC)) {
      return true;
    }
    return member.getModifiers().contains(JavaModifier.PROTECTED)
        && !member.getOwner().getModifiers().contains(JavaModifier.FINAL);
  }
}
