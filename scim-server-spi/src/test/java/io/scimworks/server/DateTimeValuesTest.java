package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Schema;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A dateTime is one thing for the validator, the filter and sorting. The validator accepted what
 * {@code DateTimeFormatter.ISO_DATE_TIME} reads (no offset, a zone name, a signed year), filters
 * compared only RFC 3339 date-times with an offset and sorting read a missing offset as UTC: a
 * value stored without offset was found by no filter at all.
 */
class DateTimeValuesTest {
  private static final String EXT = "urn:example:params:scim:schemas:extension:hr:User";

  private final Scim scim =
      new Scim(
          ScimServer.builder()
              .users(InMemoryRepository.forUsers())
              .optionalExtension(
                  "User",
                  Schema.builder(EXT)
                      .name("Hr")
                      .attribute(
                          AttributeDefinition.builder("hired", AttributeType.DATE_TIME).build())
                      .build())
              .authenticator(BearerTokens.of(Scim.TOKEN))
              .auditListener(AuditListener.none())
              .build());

  private ScimResponse create(String userName, String hired) {
    return scim.post(
        "/Users",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\""
            + EXT
            + "\"],\"userName\":\""
            + userName
            + "\",\""
            + EXT
            + "\":{\"hired\":\""
            + hired
            + "\"}}");
  }

  private List<String> found(String filter) {
    JsonNode list =
        Scim.json(
            scim.get(
                "/Users?sortBy="
                    + EXT
                    + ":hired&filter="
                    + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
    List<String> names = new ArrayList<>();
    list.get("Resources").forEach(r -> names.add(r.get("userName").stringValue()));
    return names;
  }

  @Test
  void aDateTimeWithoutOffsetIsReadAsUtcByFiltersAndSortingAlike() {
    assertThat(create("local", "2026-01-01T00:00:00").status()).isEqualTo(201);
    assertThat(create("paris", "2026-01-01T00:30:00+01:00").status()).isEqualTo(201);
    assertThat(create("late", "2026-01-01T00:00:01Z").status()).isEqualTo(201);

    assertThat(found(EXT + ":hired eq \"2026-01-01T00:00:00Z\"")).containsExactly("local");
    assertThat(found(EXT + ":hired eq \"2026-01-01T00:00:00\"")).containsExactly("local");
    assertThat(found(EXT + ":hired ge \"2025-12-31T23:00:00Z\""))
        .containsExactly("paris", "local", "late");
  }

  @Test
  void whatFiltersCannotReadAsADateTimeIsNotStoredAsOne() {
    for (String hired :
        new String[] {
          "2026-01-01T00:00:00+01:00[Europe/Paris]", "+12026-01-01T00:00:00Z", "2026-01-01"
        }) {
      ScimResponse r = create("u", hired);

      assertThat(r.status()).as(hired).isEqualTo(400);
      assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
      assertThat(Scim.json(r).get("detail").stringValue()).contains("hired");
    }
  }
}
