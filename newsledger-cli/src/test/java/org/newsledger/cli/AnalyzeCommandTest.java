package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.io.testing.TestFeeds;

/** The analyze command end to end, including the bad inputs a user can give it. */
class AnalyzeCommandTest {

  private static final String ARTICLE =
      "Ferry service resumes\nThe ferry to Norhaven sailed again on Friday, operator Lina Berg said.\n";

  @TempDir Path dir;

  @Test
  void badInputsGetOneLineErrorsAndTheRestIsStillAnalyzed() throws IOException {
    Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Path binary = write("binary.txt", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
    Path badUtf8 =
        write("latin1.txt", "Caf\u00e9 news\nIt said so.".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.txt");
    Path folder = Files.createDirectory(dir.resolve("empty-folder"));
    Path good2 =
        write("good2.txt", ARTICLE.replace("Friday", "Saturday").getBytes(StandardCharsets.UTF_8));

    Run run =
        run(
            "analyze",
            "-q",
            "--format",
            "jsonl",
            good.toString(),
            binary.toString(),
            badUtf8.toString(),
            missing.toString(),
            folder.toString(),
            good2.toString());

    assertThat(run.status).isNotZero();
    List<String> errors = run.err.lines().toList();
    assertThat(errors).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("newsledger: "));
    assertThat(run.err)
        .contains("binary.txt", "latin1.txt", "missing.txt", "empty-folder: no article files")
        .doesNotContain("Exception", "\tat ");
    List<JsonNode> docs = jsonLines(run.out);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).at("/article/title").asText()).isEqualTo("Ferry service resumes");
    assertThat(docs.get(1).at("/text").asText()).contains("Saturday");
  }

  @Test
  void readsFeedsAndWarcFilesAsOneRecordPerArticle() throws IOException {
    Path feed = TestFeeds.rss(dir.resolve("feed.xml"));
    Path warc = TestFeeds.warc(dir.resolve("crawl.warc.gz"));

    Run run = run("analyze", "-q", "--format", "jsonl", feed.toString(), warc.toString());

    assertThat(run.status).isZero();
    assertThat(jsonLines(run.out))
        .extracting(doc -> doc.at("/article/id").asText())
        .containsExactly(
            "https://harbour-times.example/port-closes",
            "https://harbour-times.example/talks",
            "https://courier.example/news/grain",
            "https://courier.example/news/rail");
    Run one = run("analyze", "-q", feed.toString());
    assertThat(one.out.strip()).startsWith("[").endsWith("]");
  }

  @Test
  void aMissingAttributionModelOrABadConfidenceIsAOneLineError() throws IOException {
    Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Run missing =
        run(
            "analyze",
            "-q",
            "--attribution-model",
            dir.resolve("none.ser.gz").toString(),
            good.toString());
    assertThat(missing.status).isNotZero();
    assertThat(missing.err.lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).contains("attribution model not found", "none.ser.gz"));
    Run missingMember =
        run(
            "analyze",
            "-q",
            "--attribution-model",
            dir.resolve("none.ser.gz") + "," + dir.resolve("other.ser.gz"),
            good.toString());
    assertThat(missingMember.status).isNotZero();
    assertThat(missingMember.err.lines().toList())
        .as("an ensemble's first missing model is named")
        .singleElement()
        .satisfies(line -> assertThat(line).contains("attribution model not found", "none.ser.gz"));
    Run badConfidence = run("analyze", "-q", "--model-confidence", "1.5", good.toString());
    assertThat(badConfidence.status).isNotZero();
    assertThat(badConfidence.err.lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).contains("--model-confidence", "1.5"));
    assertThat(missing.err + missingMember.err + badConfidence.err)
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void emptyOrWhitespaceOnlyInputIsAOneLineErrorAndNonZeroStatus() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \n\t\n  ".getBytes(StandardCharsets.UTF_8));
    Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

    Run run =
        run(
            "analyze",
            "-q",
            "--format",
            "json",
            empty.toString(),
            blank.toString(),
            good.toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err.lines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith("newsledger: ").contains("no text"));
    JsonNode docs = new ObjectMapper().readTree(run.out);
    assertThat(docs.size()).isEqualTo(1);
  }

  @Test
  void aWriteErrorIsAOneLineErrorAndNonZeroStatus() throws IOException {
    Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    PrintStream oldOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldErr = System.err;
    int status;
    try {
      System.setOut(new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      status = Main.run("analyze", "-q", good.toString());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }

    assertThat(status).isEqualTo(74);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("newsledger: cannot write the output"));
  }

  /** A stream that fails every write, as standard output on a full disk does. */
  private static final class FullDisk extends java.io.OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void textFormatShowsControlCharactersAndAnsiEscapesAsEscapes() throws IOException {
    String hostile = ARTICLE.replace("Friday", "Friday \u001b[2J\u001b]0;owned\u0007");
    Path file = write("ansi.txt", hostile.getBytes(StandardCharsets.UTF_8));

    Run run = run("analyze", "-q", "--format", "text", file.toString());

    assertThat(run.status).isZero();
    assertThat(run.out).doesNotContain("\u001b", "\u0007").contains("\\u001b[2J");
  }

  @Test
  void publishedOptionAnchorsRelativeDates() throws IOException {
    Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Run run = run("analyze", "-q", "--published", "2024-05-07", good.toString());
    assertThat(run.status).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertThat(doc.at("/article/published").asText()).isEqualTo("2024-05-07");
    assertThat(doc.at("/times/0/value").asText()).isEqualTo("2024-05-03");
  }

  @Test
  void badOptionValueIsOneLineError() {
    Run run = run("analyze", "--published", "yesterday", "x.txt");
    assertThat(run.status).isNotZero();
    assertThat(run.err.lines().findFirst().orElse("")).startsWith("newsledger: ");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void unknownOptionIsUsageError() {
    Run run = run("analyze", "--colour", "x.txt");
    assertThat(run.status).isEqualTo(64);
    assertThat(run.err).contains("--colour");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static List<JsonNode> jsonLines(String out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> docs = new ArrayList<>();
    for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
      docs.add(mapper.readTree(line));
    }
    return docs;
  }

  private record Run(int status, String out, String err) {}

  private static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
