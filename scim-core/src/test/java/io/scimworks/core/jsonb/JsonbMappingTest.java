package io.scimworks.core.jsonb;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.resource.ScimResource;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonbMappingTest {

  /** An application class as a Jakarta EE app would write it. */
  public static class Employee {
    @JsonbProperty("userName")
    public String login;

    public String displayName;

    public boolean active;

    public List<Mail> emails;

    /** Nested value. */
    public static class Mail {
      public String value;
      public String type;
    }
  }

  private final JsonbMapping mapping = JsonbMapping.create();

  @Test
  void anAnnotatedApplicationClassBecomesAResourceWithSchemas() {
    Employee e = new Employee();
    e.login = "alice";
    e.displayName = "Alice";
    e.active = true;
    Employee.Mail m = new Employee.Mail();
    m.value = "a@x.org";
    m.type = "work";
    e.emails = List.of(m);
    ScimResource r = mapping.toResource(e, ScimUrns.CORE_USER);
    assertThat(r.schemas()).containsExactly(ScimUrns.CORE_USER);
    assertThat(r.getString("userName")).contains("alice");
    assertThat(r.getString("emails.value")).isEmpty(); // multi-valued: get returns an array
    assertThat(r.get("emails.value").get(0).asString()).isEqualTo("a@x.org");
  }

  @Test
  void aResourceBecomesTheApplicationClassIgnoringUnknownAttributes() {
    ScimResource r =
        ScimResource.parse(
            "{\"schemas\": [\""
                + ScimUrns.CORE_USER
                + "\"], \"id\": \"1\", \"userName\": \"bob\","
                + " \"active\": true, \"emails\": [{\"value\": \"b@x.org\", \"primary\": true}]}");
    Employee e = mapping.fromResource(r, Employee.class);
    assertThat(e.login).isEqualTo("bob");
    assertThat(e.active).isTrue();
    assertThat(e.emails.get(0).value).isEqualTo("b@x.org");
  }
}
