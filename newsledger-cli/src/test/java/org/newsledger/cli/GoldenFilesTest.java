package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsledger.core.Document;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.DocumentJson;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * Replays every {@code golden/<case>.txt} through the full pipeline and compares the JSON with
 * {@code <case>.expected.json}. Run with {@code -Dgolden.update=true} to rewrite the expected files
 * on purpose after a deliberate change (then review the diff).
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesExpectedJson(Path article) throws IOException {
    Document doc = analyze(article);
    DocumentChecks.assertSound(doc);
    String actual = DocumentJson.write(doc, true) + "\n";
    Path expected = Path.of(article.toString().replaceAll("\\.txt$", ".expected.json"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("expected file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static Document analyze(Path article) {
    try (ArticleSource source = ArticleSource.open(article.toString(), new ReadOptions(null))) {
      ReadResult read = source.next();
      assertThat(read.error()).isNull();
      return TestPipelines.full().apply(read.document());
    }
  }
}
