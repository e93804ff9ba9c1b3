package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import org.junit.jupiter.api.Test;

class ServiceCapabilitiesTest {

  @Test
  void anRfcDocumentIsReadWithRfc9865Pagination() {
    ServiceCapabilities c =
        ServiceCapabilities.fromJson(
            ScimJson.readObject(
                "{\"patch\":{\"supported\":true},\"bulk\":{\"supported\":true,\"maxOperations\":1000,"
                    + "\"maxPayloadSize\":1048576},\"filter\":{\"supported\":true,\"maxResults\":200},"
                    + "\"sort\":{\"supported\":false},\"etag\":{\"supported\":true},"
                    + "\"pagination\":{\"cursor\":true,\"index\":false,\"defaultPageSize\":50,"
                    + "\"maxPageSize\":500}}"));

    assertThat(c.patch()).isTrue();
    assertThat(c.bulk()).isEqualTo(new ServiceCapabilities.Bulk(true, 1000, 1_048_576));
    assertThat(c.filterMaxResults()).isEqualTo(200);
    assertThat(c.sort()).isFalse();
    assertThat(c.etag()).isTrue();
    assertThat(c.pagination()).isEqualTo(new ServiceCapabilities.Pagination(true, false, 50, 500));
  }

  @Test
  void stringsForBooleansAndNumbersAndKeysInAnyCaseAreAccepted() {
    ServiceCapabilities c =
        ServiceCapabilities.fromJson(
            ScimJson.readObject(
                "{\"Patch\":{\"Supported\":\"False\"},\"BULK\":{\"supported\":\"true\","
                    + "\"maxOperations\":\"10\"}}"));

    assertThat(c.patch()).isFalse();
    assertThat(c.bulk().supported()).isTrue();
    assertThat(c.bulk().maxOperations()).isEqualTo(10);
  }

  @Test
  void whatIsNotSaidIsAssumed() {
    ServiceCapabilities c = ServiceCapabilities.fromJson(ScimJson.object());

    assertThat(c.patch()).isTrue();
    assertThat(c.bulk().supported()).isFalse();
    assertThat(c.pagination().cursor()).isFalse();
    assertThat(c.pagination().index()).isTrue();
  }

  @Test
  void thePatchLimitIsTheAdvertisedOneElseTheBulkOneElseAThousand() {
    assertThat(
            ServiceCapabilities.fromJson(
                    ScimJson.readObject(
                        "{\"patch\":{\"supported\":true,\"maxOperations\":100},"
                            + "\"bulk\":{\"supported\":true,\"maxOperations\":500}}"))
                .maxPatchOperations())
        .isEqualTo(100);
    assertThat(
            ServiceCapabilities.fromJson(
                    ScimJson.readObject("{\"bulk\":{\"supported\":true,\"maxOperations\":500}}"))
                .maxPatchOperations())
        .isEqualTo(500);
    assertThat(ServiceCapabilities.assumed().maxPatchOperations()).isEqualTo(1000);
  }
}
