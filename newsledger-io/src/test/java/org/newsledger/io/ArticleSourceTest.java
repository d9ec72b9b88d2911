package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsledger.core.testing.DocumentChecks.assertSound;
import static org.newsledger.io.Reading.readAll;
import static org.newsledger.io.Reading.readOne;
import static org.newsledger.io.Reading.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.testing.SharedData;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.core.text.Zone;

class ArticleSourceTest {

  private static final String ARTICLE =
      "\n  Storm closes mountain pass  \n"
          + "23 May 2025 - 14:27\n"
          + "The northern pass was closed on Friday, the road authority said.\n";

  @TempDir Path dir;

  @Test
  void readsPlainTextWithFirstNonBlankLineAsHeadline() throws IOException {
    ReadResult result = readOne(write(dir, "storm.txt", ARTICLE));

    Document doc = result.document();
    assertThat(result.label()).endsWith("storm.txt");
    assertThat(doc.text()).isEqualTo(ARTICLE);
    assertThat(doc.meta().id()).isEqualTo("storm.txt");
    assertThat(doc.meta().title()).isEqualTo("Storm closes mountain pass");
    assertThat(doc.textOf(doc.meta().titleSpan())).isEqualTo("Storm closes mountain pass");
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void plainTextFeedsLayoutWithHeadlineAndDateLine() throws IOException {
    Document doc = readOne(write(dir, "storm.txt", ARTICLE)).document();

    Document laid = assertSound(new LayoutStage().apply(doc));

    assertThat(laid.get(Layers.PARAGRAPHS))
        .extracting(p -> p.zone())
        .containsExactly(Zone.HEADLINE, Zone.DATELINE, Zone.BODY);
    assertThat(laid.meta().published()).isEqualTo("2025-05-23T14:27");
  }

  @Test
  void stripsByteOrderMarkAndKeepsCarriageReturns() throws IOException {
    Path file = dir.resolve("bom.txt");
    Files.write(file, ("\uFEFFHeadline here\r\nBody line.\r\n").getBytes(UTF_8));

    Document doc = readOne(file).document();

    assertThat(doc.text()).isEqualTo("Headline here\r\nBody line.\r\n");
    assertThat(doc.meta().titleSpan()).isEqualTo(CharSpan.of(0, 13));
  }

  @Test
  void publishedOverrideAppliesOnlyWhenTheTextHasNoDateLine() throws IOException {
    Path dated = write(dir, "dated.txt", ARTICLE);
    Path undated = write(dir, "undated.txt", "Quiet day\nNothing happened.\n");
    ReadOptions options = new ReadOptions("2024-01-02");

    assertThat(readAll(undated.toString(), options).get(0).document().meta().published())
        .isEqualTo("2024-01-02");
    assertThat(readAll(dated.toString(), options).get(0).document().meta().published()).isNull();
  }

  @Test
  void readsPlainTextFromAStream() {
    byte[] bytes = "Bridge reopens\nThe bridge reopened.".getBytes(UTF_8);
    try (ArticleSource source =
        ArticleSource.ofStream(new ByteArrayInputStream(bytes), "stdin", ReadOptions.defaults())) {
      ReadResult result = source.next();

      assertThat(result.label()).isEqualTo("stdin");
      assertThat(assertSound(result.document()).meta().title()).isEqualTo("Bridge reopens");
      assertThat(source.hasNext()).isFalse();
      assertThatThrownBy(source::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void emptyFileGivesEmptyDocumentWithDiagnostic() throws IOException {
    ReadResult result = readOne(write(dir, "empty.txt", ""));

    assertThat(result.document().text()).isEmpty();
    assertThat(result.document().meta().title()).isNull();
    assertThat(result.document().diagnostics())
        .extracting(d -> d.code())
        .containsExactly("empty_input");
  }

  @Test
  void missingFileIsAnError() {
    ReadResult result = readOne(dir.resolve("nowhere.txt"));

    assertThat(result.error()).isEqualTo(dir.resolve("nowhere.txt") + ": no such file");
  }

  @Test
  void folderWithoutArticleFilesIsAnError() {
    assertThat(readOne(dir).error()).isEqualTo(dir + ": no article files in the folder");
  }

  @Test
  void binaryFileIsAnError() throws IOException {
    Path file = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2, 3});

    assertThat(readOne(file).error())
        .endsWith("image.txt: binary file (NUL byte at offset 3), not text");
  }

  @Test
  void controlCharacterSoupIsAnError() throws IOException {
    Path file = Files.write(dir.resolve("soup.txt"), new byte[] {'a', 1, 2, 3, 4, 5, 6, 7, 'b'});

    assertThat(readOne(file).error()).contains("binary file (many control characters)");
  }

  @Test
  void invalidUtf8IsAnError() throws IOException {
    Path file =
        Files.write(dir.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

    assertThat(readOne(file).error()).endsWith("latin.txt: not valid UTF-8 (bad byte at offset 3)");
  }

  @Test
  void fileOverTheSizeLimitIsAnError() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(51L * 1024 * 1024);
    }

    assertThat(readOne(file).error()).endsWith("huge.txt: too large (51.0 MB > 50 MB limit)");
  }

  @Test
  void streamOverTheSizeLimitIsAnError() {
    byte[] bytes = "x".repeat(2000).getBytes(UTF_8);
    try (ArticleSource source =
        ArticleSource.ofStream(
            new ByteArrayInputStream(bytes), "stdin", new ReadOptions(null, 1000))) {
      assertThat(source.next().error()).startsWith("stdin: too large");
    }
  }

  @Test
  void readsTheSeedArticleFromSharedData() {
    Path seed = SharedData.require("corpus/seed/rafah-2024-05-07.txt");

    Document doc = assertSound(new LayoutStage().apply(readOne(seed).document()));

    assertThat(doc.meta().title()).startsWith("Israel's Rafah offensive");
    assertThat(doc.meta().published()).isEqualTo("2024-05-07T09:04");
    assertThat(List.copyOf(doc.get(Layers.PARAGRAPHS)).get(0).zone()).isEqualTo(Zone.HEADLINE);
  }
}
