package io.scimworks.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ErrorResponseTest {

  @Test
  void statusIsWrittenAsAString() {
    ObjectNode json =
        ErrorResponse.from(ScimException.of(ScimType.UNIQUENESS, "userName taken")).toJson();
    assertThat(ScimJson.write(json))
        .isEqualTo(
            "{\"schemas\":[\""
                + ScimUrns.ERROR
                + "\"],\"status\":\"409\",\"scimType\":\"uniqueness\",\"detail\":\"userName taken\"}");
  }

  @Test
  void statusIsReadAsAStringOrANumber() {
    assertThat(ErrorResponse.fromJson(ScimJson.read("{\"status\": \"404\"}")).status())
        .isEqualTo(404);
    assertThat(
            ErrorResponse.fromJson(
                ScimJson.read("{\"STATUS\": 400, \"scimType\": \"invalidFilter\"}")))
        .isEqualTo(new ErrorResponse(400, "invalidFilter", null));
  }

  @Test
  void convertsBackToAnEqualException() {
    ScimException e =
        ErrorResponse.fromJson(
                ErrorResponse.from(ScimException.notFound("User 1 not found")).toJson())
            .toException();
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.scimType()).isNull();
    assertThat(e.detail()).isEqualTo("User 1 not found");
  }
}
