package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.message.SortOrder;
import io.scimworks.core.resource.User;
import io.scimworks.filter.Filters;
import io.scimworks.server.ServerOptions;
import io.scimworks.testing.ScimServerExtension;
import io.scimworks.testing.TestScimServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Lazy paging across many pages against the real server, by index and by cursor. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LivePagingTest {
  private static final int USERS = 95;
  private static final int PAGE = 7;
  private static final List<String> NAMES =
      IntStream.range(0, USERS).mapToObj(i -> String.format("pager-%03d", i)).toList();

  @RegisterExtension
  static final ScimServerExtension SCIM =
      Live.server(ServerOptions.builder().defaultCount(20).maxCount(50).build());

  private static TestScimServer server;
  private static ScimClient scim;

  @BeforeAll
  static void start(TestScimServer started) {
    server = started;
    scim = Live.client(server);
    NAMES.forEach(n -> scim.users().create(User.builder().userName(n).build()));
    scim.users().create(User.builder().userName("someone-else").build());
  }

  @BeforeEach
  void clearLog() {
    server.clearRequests();
  }

  private static Search<User> pagers() {
    return scim.users()
        .search()
        .filter(Filters.sw("userName", "pager-"))
        .sortBy("userName")
        .pageSize(PAGE);
  }

  private static long searches() {
    return server.requests().stream().filter(r -> r.startsWith("GET /Users?")).count();
  }

  @ParameterizedTest
  @EnumSource(Search.Paging.class)
  void everyMatchIsReadOnceAcrossManyPages(Search.Paging paging) {
    List<String> seen = pagers().paging(paging).stream().map(User::userName).toList();

    assertThat(seen).isEqualTo(NAMES);
    assertThat(searches()).isEqualTo((USERS + PAGE - 1) / PAGE);
  }

  @Test
  void autoPagingUsesCursorsBecauseTheServerAdvertisesThem() {
    pagers().stream().count();

    assertThat(server.requests()).anyMatch(r -> r.contains("cursor="));
    assertThat(server.requests()).noneMatch(r -> r.contains("startIndex="));
  }

  @Test
  void indexPagingStepsStartIndexByThePageSize() {
    pagers().paging(Search.Paging.INDEX).stream().count();

    assertThat(server.requests())
        .filteredOn(r -> r.startsWith("GET /Users?"))
        .extracting(r -> r.replaceAll(".*startIndex=(\\d+).*", "$1"))
        .containsExactly(
            "1", "8", "15", "22", "29", "36", "43", "50", "57", "64", "71", "78", "85", "92");
  }

  @Test
  void pagesAreFetchedOnlyAsTheStreamAdvances() {
    List<String> firstThree = pagers().stream().limit(3).map(User::userName).toList();

    assertThat(firstThree).containsExactly("pager-000", "pager-001", "pager-002");
    assertThat(searches()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = Search.Paging.class,
      names = {"INDEX", "CURSOR"})
  void aRunCanResumeFromWhereASavedPageLeftOff(Search.Paging paging) {
    Page<User> first = pagers().paging(paging).firstPage();

    Search<User> resumed =
        paging == Search.Paging.INDEX
            ? pagers().startIndex(first.nextStartIndex().orElseThrow())
            : pagers().cursor(first.nextCursor().orElseThrow());
    List<String> rest = resumed.stream().map(User::userName).toList();

    List<String> all = new ArrayList<>(first.resources().stream().map(User::userName).toList());
    all.addAll(rest);
    assertThat(all).isEqualTo(NAMES);
  }

  @Test
  void sortingDescendingReversesTheOrder() {
    List<String> names =
        scim
            .users()
            .search()
            .filter(Filters.sw("userName", "pager-"))
            .sortBy("userName", SortOrder.DESCENDING)
            .pageSize(40)
            .stream()
            .map(User::userName)
            .toList();

    List<String> reversed = new ArrayList<>(NAMES);
    java.util.Collections.reverse(reversed);
    assertThat(names).isEqualTo(reversed);
  }

  @Test
  void searchingByPostReadsTheSameResults() {
    List<String> names = pagers().usePost().stream().map(User::userName).toList();

    assertThat(names).isEqualTo(NAMES);
    assertThat(server.requests())
        .allMatch(r -> r.startsWith("POST /Users/.search") || r.contains("ServiceProviderConfig"));
  }

  @Test
  void aPageSizeAboveTheAdvertisedMaximumIsCapped() {
    Page<User> page =
        scim.users().search().filter(Filters.sw("userName", "pager-")).pageSize(500).firstPage();

    assertThat(page.resources()).hasSize(50);
    assertThat(server.requests()).anyMatch(r -> r.contains("count=50"));
  }

  @Test
  void countAsksForTheTotalOnly() {
    assertThat(scim.users().search().filter(Filters.sw("userName", "pager-")).count())
        .isEqualTo(USERS);
  }

  @Test
  void attributesLimitWhatComesBack() {
    List<User> slim = pagers().attributes("userName").stream().limit(2).toList();

    assertThat(slim).allSatisfy(u -> assertThat(u.meta()).isEmpty());
    assertThat(slim.stream().map(User::userName).collect(Collectors.toList())).hasSize(2);
  }
}
