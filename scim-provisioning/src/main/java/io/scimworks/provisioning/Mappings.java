package io.scimworks.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The attribute mappings of users and, optionally, groups.
 *
 * <p>Read from JSON with {@link #fromJson(String)}:
 *
 * <pre>{@code
 * {
 *   "users": {
 *     "scope": "assigned",
 *     "scopingFilter": "department ne \"Contractors\"",
 *     "mappings": [
 *       {"target": "userName", "source": "userPrincipalName", "matching": 1},
 *       {"target": "externalId", "source": "objectId", "matching": 2},
 *       {"target": "active", "expression": "Not([IsSoftDeleted])"},
 *       {"target": "displayName", "source": "displayName"},
 *       {"target": "title", "source": "jobTitle", "default": "Staff"},
 *       {"target": "userType", "expression": "Switch([employeeType], \"member\", \"Guest\", \"guest\")",
 *        "apply": "onCreate"}
 *     ]
 *   },
 *   "groups": {
 *     "mappings": [
 *       {"target": "displayName", "source": "displayName", "matching": 1},
 *       {"target": "externalId", "source": "objectId"}
 *     ]
 *   }
 * }
 * }</pre>
 *
 * <p>Each mapping has a {@code target} and exactly one of {@code source} (a source attribute,
 * optionally with a {@code default} when empty), {@code constant} or {@code expression} (see {@link
 * Expression}); {@code apply} is {@code always} (default) or {@code onCreate}; {@code matching}
 * gives the rank of a matching attribute. {@code scope} is {@code assigned} (default) or {@code
 * all}. Without {@code groups}, groups are not provisioned.
 *
 * @param users how users are provisioned
 * @param groups how groups are provisioned, or {@code null} when they are not
 */
public record Mappings(ObjectMappings users, @Nullable ObjectMappings groups) {

  /**
   * Reads mappings from JSON text.
   *
   * @param json the mapping document, as the class comment shows
   * @return the mappings
   * @throws MappingException naming the line of the first problem
   */
  public static Mappings fromJson(String json) {
    return new MappingReader(LocatedJson.parse(json)).read();
  }

  /**
   * Reads a mapping file.
   *
   * @param file the mapping file (UTF-8 JSON)
   * @return the mappings
   * @throws MappingException naming the line of the first problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Mappings read(Path file) {
    try {
      return fromJson(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping file " + file, e);
    }
  }
}
