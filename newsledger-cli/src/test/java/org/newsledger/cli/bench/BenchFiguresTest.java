package org.newsledger.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchFiguresTest {

  @Test
  void ratesAreCountsOverWallClockSeconds() {
    BenchFigures figures = new BenchFigures("x", 1, 1, 30, 15_000, 4.0, 1, 2, 3, 4, -1);
    assertThat(figures.articlesPerSecond()).isEqualTo(7.5);
    assertThat(figures.tokensPerSecond()).isEqualTo(3_750);
  }

  @Test
  void nothingMeasuredGivesZeroRates() {
    BenchFigures figures = new BenchFigures("x", 1, 1, 0, 0, 0, 0, 0, 0, 0, -1);
    assertThat(figures.articlesPerSecond()).isZero();
    assertThat(figures.tokensPerSecond()).isZero();
  }

  @Test
  void cpuTimeIsPerArticleAndUnknownWithoutIt() {
    assertThat(new BenchFigures("x", 1, 1, 30, 15_000, 4.0, 1, 2, 3, 4, 6.0).cpuSecondsPerArticle())
        .isEqualTo(0.2);
    assertThat(new BenchFigures("x", 1, 1, 30, 15_000, 4.0, 1, 2, 3, 4, -1).cpuSecondsPerArticle())
        .isEqualTo(-1);
    assertThat(new BenchFigures("x", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0.0).cpuSecondsPerArticle())
        .isEqualTo(-1);
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> new BenchFigures("x", 1, 1, -1, 0, 1, 0, 0, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
