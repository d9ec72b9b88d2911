package org.newsledger.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

  // 120 articles, 60,000 tokens in 10 s: 12 articles/s, 6,000 tokens/s
  private static final BenchFigures FAST =
      new BenchFigures("newsledger", 9.0, 200, 120, 60_000, 10.0, 50.0, 120.0, 800, 1_200, 18.0);
  // 12 articles, 6,000 tokens in 8 s: 1.5 articles/s, 750 tokens/s
  private static final BenchFigures SLOW =
      new BenchFigures("corenlp-full", 30.0, 2_500, 12, 6_000, 8.0, 600.0, 1_500.0, 4_000, -1, -1);

  @Test
  void ratioIsFirstOverSecond() {
    assertThat(SideBySide.ratio(12, 1.5)).isEqualTo(8.0);
    assertThat(SideBySide.ratio(9, 30)).isEqualTo(0.3);
  }

  @Test
  void ratioIsUndefinedForZeroOrUnknown() {
    assertThat(SideBySide.ratio(1, 0)).isNaN();
    assertThat(SideBySide.ratio(-1, 5)).isNaN();
    assertThat(SideBySide.ratio(5, -1)).isNaN();
  }

  @Test
  void tableShowsEachFigureSideBySideWithRatio() {
    List<String> lines = SideBySide.render(List.of(FAST, SLOW));

    assertThat(lines.get(0)).matches("figure\\s+newsledger\\s+corenlp-full\\s+ratio");
    assertThat(row(lines, "articles/s")).containsExactly("articles/s", "12.00", "1.50", "8.00x");
    assertThat(row(lines, "tokens/s")).containsExactly("tokens/s", "6000", "750", "8.00x");
    assertThat(row(lines, "model load (s)"))
        .containsExactly("model", "load", "(s)", "9.0", "30.0", "0.30x");
    assertThat(row(lines, "latency p99 (ms)"))
        .containsExactly("latency", "p99", "(ms)", "120.0", "1500.0", "0.08x");
    assertThat(row(lines, "peak RSS (MB)"))
        .containsExactly("peak", "RSS", "(MB)", "1200", "n/a", "n/a");
    assertThat(row(lines, "CPU s/article"))
        .containsExactly("CPU", "s/article", "0.150", "n/a", "n/a");
  }

  @Test
  void columnsAreAlignedToTheSameWidth() {
    List<String> lines = SideBySide.render(List.of(FAST, SLOW));
    assertThat(lines)
        .hasSize(11)
        .allSatisfy(line -> assertThat(line).hasSize(lines.get(0).length()));
  }

  @Test
  void oneSystemHasNoRatioColumn() {
    List<String> lines = SideBySide.render(List.of(FAST));
    assertThat(lines.get(0)).matches("figure\\s+newsledger");
    assertThat(row(lines, "articles/s")).containsExactly("articles/s", "12.00");
  }

  @Test
  void rejectsNoSystemOrMoreThanTwo() {
    assertThatThrownBy(() -> SideBySide.render(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SideBySide.render(List.of(FAST, SLOW, FAST)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> row(List<String> lines, String label) {
    return lines.stream()
        .filter(line -> line.startsWith(label))
        .findFirst()
        .map(line -> List.of(line.trim().split("\\s+")))
        .orElseThrow();
  }
}
