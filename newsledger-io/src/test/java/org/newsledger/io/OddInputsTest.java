package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.io.Reading.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsledger.core.text.LayoutStage;

/** Odd inputs in every format must give documents or one-line errors, never an exception. */
class OddInputsTest {

  @TempDir Path dir;

  static Stream<String> oddContents() {
    return Stream.of(
        "",
        "   \n\t\n",
        "\uFEFF",
        "\"Unbalanced quote, he said.\n",
        "x".repeat(200_000),
        "<html><body><p>unclosed <b>soup<div><p>more</html>",
        "<<<>>>&&&;;;",
        "{\"text\":",
        "{\"text\":null}",
        "Zürich: Ein Zug fuhr ab. 東京で地震。 Москва сообщила.\n",
        "\r\r\r",
        "\u2028line separator\u2029paragraph separator");
  }

  @ParameterizedTest
  @MethodSource("oddContents")
  void neverThrowsInAnyFormat(String content) throws IOException {
    for (String name : List.of("odd.txt", "odd.html", "odd.jsonl", "odd")) {
      Path file = Files.write(dir.resolve(name), content.getBytes(UTF_8));

      List<ReadResult> results = readAll(file);

      for (ReadResult result : results) {
        assertThat(result.error() == null || result.error().contains(file.toString()))
            .as(result.error())
            .isTrue();
        if (result.isOk()) {
          new LayoutStage().apply(result.document());
        }
      }
    }
  }
}
