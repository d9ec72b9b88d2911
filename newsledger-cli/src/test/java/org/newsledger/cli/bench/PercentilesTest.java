package org.newsledger.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void medianOfTenValuesIsTheFifthByNearestRank() {
    long[] values = {10, 3, 7, 1, 9, 2, 8, 4, 6, 5};
    assertThat(Percentiles.of(values, 50)).isEqualTo(5);
  }

  @Test
  void p99OfTenValuesIsTheLargest() {
    long[] values = {10, 3, 7, 1, 9, 2, 8, 4, 6, 5};
    assertThat(Percentiles.of(values, 99)).isEqualTo(10);
  }

  @Test
  void p99OfOneToHundredIsNinetyNineDespiteRounding() {
    long[] values = LongStream.rangeClosed(1, 100).toArray();
    assertThat(Percentiles.of(values, 99)).isEqualTo(99);
    assertThat(Percentiles.of(values, 50)).isEqualTo(50);
    assertThat(Percentiles.of(values, 100)).isEqualTo(100);
  }

  @Test
  void singleValueIsEveryPercentile() {
    assertThat(Percentiles.of(new long[] {42}, 1)).isEqualTo(42);
    assertThat(Percentiles.of(new long[] {42}, 99)).isEqualTo(42);
  }

  @Test
  void noValuesGiveZeroAndInputIsNotReordered() {
    long[] values = {3, 1, 2};
    Percentiles.of(values, 50);
    assertThat(values).containsExactly(3, 1, 2);
    assertThat(Percentiles.of(new long[0], 50)).isZero();
  }

  @Test
  void rejectsPercentOutsideRange() {
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
