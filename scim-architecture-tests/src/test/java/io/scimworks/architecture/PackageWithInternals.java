package io.scimworks.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * One slice per package of the library, with each {@code .internal} package (and what is below it)
 * counted as part of the package above it: an internal package is that package's implementation, so
 * the two may use each other, but neither may sit in a cycle with anything else.
 */
final class PackageWithInternals implements SliceAssignment {
  private static final String INTERNAL = ".internal";

  @Override
  public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    if (!name.startsWith("io.scimworks.")) {
      return SliceIdentifier.ignore();
    }
    return SliceIdentifier.of(owner(name));
  }

  static String owner(String packageName) {
    int at = packageName.indexOf(INTERNAL);
    while (at >= 0) {
      int end = at + INTERNAL.length();
      if (end == packageName.length() || packageName.charAt(end) == '.') {
        return packageName.substring(0, at);
      }
      at = packageName.indexOf(INTERNAL, end);
    }
    return packageName;
  }

  @Override
  public String getDescription() {
    return "packages of io.scimworks, each with its .internal packages";
  }
}
