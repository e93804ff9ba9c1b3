package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FilterCacheTest {

  @Test
  void aRepeatedFilterIsParsedOnceAndReturnedAsTheSameTree() {
    FilterCache cache = FilterCache.create(10);
    Filter first = cache.parse("userName eq \"bjensen\"");
    assertThat(cache.parse("userName eq \"bjensen\"")).isSameAs(first);
  }

  @Test
  void theCacheNeverHoldsMoreThanItsMaximum() {
    FilterCache cache = FilterCache.create(100);
    for (int i = 0; i < 10_000; i++) {
      cache.parse("externalId eq \"" + i + "\"");
      assertThat(cache.size()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void invalidFiltersRaiseAndAreNotCached() {
    FilterCache cache = FilterCache.create(10);
    assertThatThrownBy(() -> cache.parse("userName eq")).isInstanceOf(FilterException.class);
    assertThat(cache.size()).isZero();
  }

  @Test
  void concurrentUseParsesEveryFilterCorrectly() throws Exception {
    FilterCache cache = FilterCache.create(64);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<?>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 5_000; i++) {
                    String text = "externalId eq \"" + (i % 200) + "\"";
                    assertThat(cache.parse(text)).isEqualTo(Filter.parse(text));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(cache.size()).isLessThanOrEqualTo(64);
  }
}
