package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.core.testing.DocumentChecks.assertSound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write an input file and read all its results. */
final class Reading {

  private Reading() {}

  /** Writes {@code content} as UTF-8 to {@code dir/name}. */
  static Path write(Path dir, String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(UTF_8));
  }

  /** Every result of the input, each error one line and each document sound. */
  static List<ReadResult> readAll(String pathOrDash, ReadOptions options) {
    List<ReadResult> results = new ArrayList<>();
    try (ArticleSource source = ArticleSource.open(pathOrDash, options)) {
      source.forEachRemaining(results::add);
    }
    for (ReadResult result : results) {
      if (result.isOk()) {
        assertSound(result.document());
      } else {
        assertThat(result.error()).doesNotContain("\n");
      }
    }
    return results;
  }

  /** Every result of the input read with default options. */
  static List<ReadResult> readAll(Path path) {
    return readAll(path.toString(), ReadOptions.defaults());
  }

  /** The only result of the input, read with default options. */
  static ReadResult readOne(Path path) {
    List<ReadResult> results = readAll(path);
    assertThat(results).hasSize(1);
    return results.get(0);
  }
}
