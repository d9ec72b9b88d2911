package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.io.Reading.readAll;
import static org.newsledger.io.Reading.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.io.testing.TestFeeds;

/** Every input kind is read through ArticleSource, from a path or from bytes alike. */
class ReadingPathTest {

  @TempDir Path dir;

  @Test
  void readsEachRssEntryAsAnArticleWithItsLinkAsId() throws IOException {
    List<ReadResult> results = readAll(TestFeeds.rss(dir.resolve("news.rss")));

    assertThat(results).hasSize(2).allMatch(ReadResult::isOk);
    assertThat(results.get(0).document().meta().id())
        .isEqualTo("https://harbour-times.example/port-closes");
    assertThat(results.get(0).document().meta().title()).isEqualTo("Port closes after storm");
    assertThat(results.get(0).document().text()).contains("said Anna Berg");
    assertThat(results.get(1).label()).endsWith("news.rss#2");
  }

  @Test
  void sniffsAnXmlFileForAFeedAndReadsOtherXmlAsText() throws IOException {
    Path atom = TestFeeds.atom(dir.resolve("courier.xml"));
    Path other = write(dir, "notes.xml", "<notes>Bridge reopens</notes>\n");

    assertThat(readAll(atom))
        .singleElement()
        .satisfies(r -> assertThat(r.document().text()).contains("Mira Okafor"));
    assertThat(readAll(other))
        .singleElement()
        .satisfies(r -> assertThat(r.document().text()).startsWith("<notes>"));
  }

  @Test
  void streamsTheHtmlResponsesOfAWarcAndGzippedWarc() throws IOException {
    for (String name : List.of("crawl.warc", "crawl.warc.gz")) {
      List<ReadResult> results = readAll(TestFeeds.warc(dir.resolve(name)));

      assertThat(results).as(name).hasSize(2).allMatch(ReadResult::isOk);
      assertThat(results.get(0).document().meta().url())
          .isEqualTo("https://courier.example/news/grain");
      assertThat(results.get(1).document().text()).contains("said Leila Haddad");
    }
  }

  @Test
  void readsAFolderInPathOrderSkippingHiddenAndNonArticleFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/.cache"));
    write(dir, "a.txt", "First\n\nOne.\n");
    write(
        dir, "b/c.html", "<html><head><title>Second</title></head><body><p>Two.</p></body></html>");
    write(dir, "b/.cache/d.txt", "Hidden\n\nNo.\n");
    write(dir, "README.md", "# Not an article\n");
    TestFeeds.rss(dir.resolve("b/e.rss"));

    List<String> ids = new ArrayList<>();
    readAll(dir).forEach(r -> ids.add(r.document().meta().id()));

    assertThat(ids)
        .containsExactly(
            "a.txt",
            "c.html",
            "https://harbour-times.example/port-closes",
            "https://harbour-times.example/talks");
  }

  @Test
  void readsBytesByTheirNameAsAFileOfThatNameIsRead() throws IOException {
    byte[] html =
        "<html><head><title>Pass closed</title></head><body><p>The pass is closed.</p></body></html>"
            .getBytes(UTF_8);
    byte[] warc = Files.readAllBytes(TestFeeds.warc(dir.resolve("x.warc.gz")));

    try (ArticleSource page = ArticleSource.ofBytes(html, "page.html", ReadOptions.defaults());
        ArticleSource crawl = ArticleSource.ofBytes(warc, "x.warc.gz", ReadOptions.defaults())) {
      assertThat(page.next().document().meta().title()).isEqualTo("Pass closed");
      assertThat(page.hasNext()).isFalse();
      List<ReadResult> pages = new ArrayList<>();
      crawl.forEachRemaining(pages::add);
      assertThat(pages).hasSize(2);
    }
  }

  @Test
  void streamsAWarcFromAStreamPastTheSizeLimitOfAWholeRead() throws IOException {
    byte[] warc = Files.readAllBytes(TestFeeds.warc(dir.resolve("x.warc.gz")));
    // A whole read stops at the limit; a streamed WARC only limits each record.
    ReadOptions options = new ReadOptions(null, warc.length - 1);
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(warc) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    List<ReadResult> pages = new ArrayList<>();
    try (ArticleSource crawl = ArticleSource.openStream(in, "hdfs://nn/cc/x.warc.gz", options)) {
      crawl.forEachRemaining(pages::add);
    }

    assertThat(pages).hasSize(2).allMatch(ReadResult::isOk);
    assertThat(pages.get(1).document().text()).contains("said Leila Haddad");
    assertThat(pages.get(0).label()).startsWith("hdfs://nn/cc/x.warc.gz");
    assertThat(closed[0]).isTrue();
    byte[] text = "Pass closed\n\nThe pass is closed.".getBytes(UTF_8);
    try (ArticleSource page =
            ArticleSource.openStream(
                new ByteArrayInputStream(text), "hdfs://nn/in/pass.txt", ReadOptions.defaults());
        ArticleSource tooLarge =
            ArticleSource.openStream(
                new ByteArrayInputStream(text),
                "hdfs://nn/in/pass.txt",
                new ReadOptions(null, text.length - 1))) {
      ReadResult result = page.next();
      assertThat(result.label()).isEqualTo("hdfs://nn/in/pass.txt");
      assertThat(result.document().meta().id()).isEqualTo("pass.txt");
      assertThat(result.document().meta().title()).isEqualTo("Pass closed");
      assertThat(tooLarge.next().isOk()).isFalse();
    }
  }

  @Test
  void chainsSeveralInputsKeepingAnUnreadableOneAsOneError() throws IOException {
    Path a = write(dir, "a.txt", "First\n\nOne.\n");
    Path b = write(dir, "b.txt", "Second\n\nTwo.\n");

    List<ReadResult> results = new ArrayList<>();
    try (ArticleSource all =
        ArticleSource.openAll(
            List.of(a.toString(), dir.resolve("missing.txt").toString(), b.toString()),
            ReadOptions.defaults())) {
      all.forEachRemaining(results::add);
    }

    assertThat(results).extracting(ReadResult::isOk).containsExactly(true, false, true);
    assertThat(results.get(1).error()).endsWith("missing.txt: no such file");
  }
}
