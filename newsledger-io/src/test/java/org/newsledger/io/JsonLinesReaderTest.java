package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.io.Reading.readAll;
import static org.newsledger.io.Reading.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;

class JsonLinesReaderTest {

  @TempDir Path dir;

  @Test
  void readsOneArticlePerLine() throws IOException {
    Path file =
        write(
            dir,
            "data.jsonl",
            "{\"id\":\"a\",\"text\":\"Ferry delayed\\nThe ferry left late.\","
                + "\"title\":\"Ferry delayed\",\"published\":\"2024-03-01T08:15:00Z\","
                + "\"url\":\"https://example.org/a\"}\n"
                + "{\"text\":\"Rain expected.\",\"title\":\"Weather\"}\n");

    List<ReadResult> results = readAll(file);

    assertThat(results).extracting(ReadResult::label).containsExactly(file + ":1", file + ":2");
    Document first = results.get(0).document();
    assertThat(first.meta().id()).isEqualTo("a");
    assertThat(first.text()).isEqualTo("Ferry delayed\nThe ferry left late.");
    assertThat(first.meta().titleSpan()).isEqualTo(CharSpan.of(0, 13));
    assertThat(first.meta().published()).isEqualTo("2024-03-01T08:15");
    assertThat(first.meta().url()).isEqualTo("https://example.org/a");
    Document second = results.get(1).document();
    assertThat(second.meta().id()).isEqualTo("data.jsonl:2");
    assertThat(second.meta().title()).isEqualTo("Weather");
    assertThat(second.meta().titleSpan()).isNull();
  }

  @Test
  void badMiddleLineYieldsAnErrorAndTheOthersStillComeInOrder() throws IOException {
    Path file =
        write(
            dir,
            "data.jsonl",
            "{\"id\":\"one\",\"text\":\"First.\"}\n"
                + "{\"id\":\"two\",\"text\": oops}\n"
                + "{\"id\":\"three\"}\n"
                + "[1, 2]\n"
                + "{\"id\":\"five\",\"text\":\"Fifth.\"} trailing\n"
                + "{\"id\":\"six\",\"text\":\"Sixth.\"}");

    List<ReadResult> results = readAll(file);

    assertThat(results).hasSize(6);
    assertThat(results.get(0).document().meta().id()).isEqualTo("one");
    assertThat(results.get(1).error())
        .startsWith(file + ":2: invalid JSON: Unrecognized token 'oops'");
    assertThat(results.get(2).error()).isEqualTo(file + ":3: missing \"text\" field");
    assertThat(results.get(3).error()).isEqualTo(file + ":4: not a JSON object");
    assertThat(results.get(4).error()).startsWith(file + ":5: invalid JSON: ");
    assertThat(results.get(5).document().meta().id()).isEqualTo("six");
  }

  @Test
  void invalidUtf8OnOneLineSpoilsOnlyThatLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"text\":\"Good.\"}\n{\"text\":\"caf".getBytes(UTF_8));
    bytes.write(0xE9);
    bytes.write("\"}\n{\"text\":\"Also good.\"}\n".getBytes(UTF_8));
    Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());

    List<ReadResult> results = readAll(file);

    assertThat(results).extracting(ReadResult::isOk).containsExactly(true, false, true);
    assertThat(results.get(1).error())
        .isEqualTo(file + ":2: not valid UTF-8 (bad byte at offset 12)");
  }

  @Test
  void skipsBlankLinesAndKeepsLineNumbers() throws IOException {
    Path file = write(dir, "gaps.jsonl", "\n{\"text\":\"A.\"}\r\n   \n{\"text\":\"B.\"}\n\n");

    assertThat(readAll(file))
        .extracting(r -> r.document().meta().id())
        .containsExactly("gaps.jsonl:2", "gaps.jsonl:4");
  }

  @Test
  void lineOverTheLimitIsAnErrorForThatLineOnly() throws IOException {
    String longText = "y".repeat(100_000);
    Path file =
        write(dir, "long.jsonl", "{\"text\":\"" + longText + "\"}\n{\"text\":\"Short.\"}\n");

    List<ReadResult> results = readAll(file.toString(), new ReadOptions(null, 50_000));

    assertThat(results.get(0).error()).startsWith(file + ":1: too large (");
    assertThat(results.get(1).document().text()).isEqualTo("Short.");
  }

  @Test
  void readsLinesLongerThanTheReadBuffer() throws IOException {
    String longText = "word ".repeat(40_000).strip();
    Path file = write(dir, "wide.jsonl", "{\"text\":\"" + longText + "\"}\n{\"text\":\"Next.\"}");

    List<ReadResult> results = readAll(file);

    assertThat(results.get(0).document().text()).isEqualTo(longText);
    assertThat(results.get(1).document().text()).isEqualTo("Next.");
  }

  @Test
  void badPublishedValueBecomesADiagnosticAndTheOverrideApplies() throws IOException {
    Path file =
        write(
            dir,
            "dates.jsonl",
            "{\"text\":\"A.\",\"published\":\"yesterday\"}\n{\"text\":\"B.\"}\n"
                + "{\"text\":\"C.\",\"published\":\"2023-12-31\"}\n");

    List<ReadResult> results = readAll(file.toString(), new ReadOptions("2024-06-01"));

    assertThat(results)
        .extracting(r -> r.document().meta().published())
        .containsExactly("2024-06-01", "2024-06-01", "2023-12-31");
    assertThat(results.get(0).document().diagnostics())
        .extracting(d -> d.code())
        .containsExactly("bad_published");
  }

  @Test
  void numericIdIsKeptAsText() throws IOException {
    Path file = write(dir, "ids.jsonl", "{\"id\":42,\"text\":\"A.\"}\n");

    assertThat(readAll(file).get(0).document().meta().id()).isEqualTo("42");
  }

  @Test
  void binaryJsonLinesFileIsOneError() throws IOException {
    byte[] bytes = new byte[4096];
    bytes[10] = '\n';
    bytes[100] = '\n';
    Path file = Files.write(dir.resolve("blob.jsonl"), bytes);

    List<ReadResult> results = readAll(file);

    assertThat(results).hasSize(1);
    assertThat(results.get(0).error()).contains("blob.jsonl: binary file");
  }

  @Test
  void missingJsonLinesFileIsOneError() {
    List<ReadResult> results = readAll(dir.resolve("none.jsonl"));

    assertThat(results)
        .extracting(ReadResult::error)
        .containsExactly(dir.resolve("none.jsonl") + ": no such file");
  }

  @Test
  void emptyJsonLinesFileYieldsNothing() throws IOException {
    assertThat(readAll(write(dir, "empty.jsonl", ""))).isEmpty();
  }
}
