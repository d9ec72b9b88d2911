package org.newsledger.cli;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.BatchSummary;
import org.newsledger.Newsledger;
import org.newsledger.Outcome;
import org.newsledger.cli.bench.ScalingCorpus;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.pipeline.Budget;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.testing.TestFeeds;

/**
 * The hostile corpus: odd inputs checked in under {@code hostile/} and large ones generated here,
 * analyzed in one batch beside good articles. Each gives a sound record or a one-line error, and
 * the good ones are all analyzed.
 */
class HostileCorpusTest {

  private static final Budget BUDGET = new Budget(100_000, Duration.ofSeconds(120));

  @TempDir Path dir;

  @Test
  void everyInputGivesASoundRecordOrAOneLineErrorAndGoodOnesAreAnalyzed() throws Exception {
    List<String> inputs = new ArrayList<>(checkedIn());
    inputs.addAll(generated());
    Map<String, Outcome> outcomes = new LinkedHashMap<>();

    BatchSummary summary =
        Newsledger.over(TestPipelines.full().withBudget(BUDGET), 2)
            .analyzeAll(
                inputs,
                ReadOptions.defaults(),
                outcome -> outcomes.put(outcome.label() + "#" + outcomes.size(), outcome));

    for (Outcome outcome : outcomes.values()) {
      if (outcome.error() != null) {
        assertThat(outcome.error()).doesNotContain("\n", "Exception").isNotBlank();
        continue;
      }
      Document doc = DocumentChecks.assertSound(outcome.document());
      assertThat(doc.diagnostics())
          .as(outcome.label())
          .extracting(Diagnostic::code)
          .doesNotContain("stage_failed", "timed_out");
      JsonSpans.assertRoundTrips(doc);
    }
    assertThat(summary.analyzed()).isGreaterThanOrEqualTo(8);
    assertThat(attributed(outcomes, "good.txt")).isTrue();
    assertThat(attributed(outcomes, "broken.jsonl")).isTrue();
    assertThat(diagnosed(outcomes, "one-line.txt")).contains("truncated");
    assertThat(attributed(outcomes, "rss091.rss")).isTrue();
    for (String feed : List.of("xxe.rss", "billion-laughs.rss")) {
      assertThat(outcomes.values())
          .filteredOn(o -> o.label().endsWith(feed))
          .singleElement()
          .satisfies(
              o ->
                  assertThat(o.error())
                      .contains("entity declarations are refused")
                      .doesNotContain("root:", "lollol"));
    }
    for (String warc : List.of("bogus-length.warc", "bogus-length.warc.gz")) {
      assertThat(outcomes.values())
          .filteredOn(o -> o.label().endsWith(warc + "#2"))
          .singleElement()
          .satisfies(o -> assertThat(o.error()).as(warc).isNotNull());
      assertThat(outcomes.values())
          .filteredOn(o -> o.label().endsWith(warc + "#3"))
          .singleElement()
          .satisfies(o -> assertThat(o.document().text()).as(warc).contains("Cy Lund"));
    }
    assertThat(outcomes.values())
        .filteredOn(o -> o.label().endsWith("quotes.txt"))
        .singleElement()
        .satisfies(o -> assertThat(o.document().get(Layers.TOKENS)).isNotEmpty());
  }

  private static boolean attributed(Map<String, Outcome> outcomes, String name) {
    return outcomes.values().stream()
        .filter(o -> o.label().contains(name) && o.document() != null)
        .anyMatch(o -> !o.document().get(Layers.ATTRIBUTIONS).isEmpty());
  }

  private static List<String> diagnosed(Map<String, Outcome> outcomes, String name) {
    return outcomes.values().stream()
        .filter(o -> o.label().endsWith(name) && o.document() != null)
        .flatMap(o -> o.document().diagnostics().stream())
        .map(Diagnostic::code)
        .toList();
  }

  private static List<String> checkedIn() throws IOException, URISyntaxException {
    Path folder = Path.of(HostileCorpusTest.class.getResource("/hostile").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> !file.getFileName().toString().equals("README.md"))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  private List<String> generated() throws IOException {
    ScalingCorpus corpus = ScalingCorpus.load();
    List<Path> files = new ArrayList<>();
    files.add(write("quotes.txt", "Quotes\n\n" + "\"".repeat(50_000)));
    files.add(write("one-line.txt", corpus.article(ScalingCorpus.Shape.ONE_LINE, 300_000)));
    files.add(
        write(
            "one-word-paragraphs.txt",
            corpus.article(ScalingCorpus.Shape.ONE_WORD_PARAGRAPHS, 60_000)));
    String article = "Ferry resumes\n\nThe ferry sailed on Friday, the operator said.\n";
    files.add(Files.write(dir.resolve("utf16-bom.txt"), bom(article)));
    files.add(Files.write(dir.resolve("utf16-no-bom.txt"), article.getBytes(UTF_16LE)));
    files.add(inlineImagePage(40 * 1024 * 1024));
    files.add(TestFeeds.warcWithBogusLength(dir.resolve("bogus-length.warc"), 999_999_999_999L));
    files.add(TestFeeds.warcWithBogusLength(dir.resolve("bogus-length.warc.gz"), 40_000_000L));
    files.add(
        write(
            "huge-line.jsonl",
            "{\"id\":\"big\",\"text\":\""
                + "The port closed on Monday, officials said. ".repeat(60_000)
                + "\"}\n{\"id\":\"after\",\"text\":\""
                + article.replace("\n", "\\n")
                + "\"}\n"));
    return files.stream().map(Path::toString).toList();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private static byte[] bom(String text) {
    byte[] body = text.getBytes(UTF_16BE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFE;
    bytes[1] = (byte) 0xFF;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return bytes;
  }

  /** A page whose article sits beside an inline image of about {@code bytes} bytes. */
  private Path inlineImagePage(int bytes) throws IOException {
    Path page = dir.resolve("inline-image.html");
    byte[] pixels = new byte[bytes * 3 / 4];
    try (OutputStream out = Files.newOutputStream(page)) {
      out.write(
          ("<html><head><title>Bridge reopens</title></head><body><article><p>The Kestrel"
                  + " Falls bridge reopened on Thursday, the city council said.</p>"
                  + "<img src=\"data:image/png;base64,")
              .getBytes(UTF_8));
      out.write(Base64.getEncoder().encode(pixels));
      out.write("\"></article></body></html>".getBytes(UTF_8));
    }
    return page;
  }
}
