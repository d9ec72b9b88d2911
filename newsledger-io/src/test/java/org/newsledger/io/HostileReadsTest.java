package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.io.testing.TestFeeds;

/** Feeds and crawls written to mislead the readers. */
class HostileReadsTest {

  private static final String ITEMS =
      "<channel><title>Valley Post</title><link>https://post.example/</link>"
          + "<description>News</description><language>en-us</language>"
          + "<item><title>Ferry resumes</title><link>https://post.example/ferry</link>"
          + "<description>The ferry sailed on Friday, the operator said. %s</description></item>"
          + "</channel></rss>";

  @TempDir Path dir;

  @Test
  void readsAnRss091FeedWithItsDoctypeWithoutReadingTheDtd() throws IOException {
    Path netscape =
        feed(
            "netscape.rss",
            "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">",
            "0.91",
            "");
    Path dtd = Files.writeString(dir.resolve("broken.dtd"), "<!ELEMENT this is not a DTD", UTF_8);
    Path local = feed("local.rss", "<!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">", "0.91", "");

    for (Path feed : List.of(netscape, local)) {
      assertThat(readAll(feed))
          .as(feed.toString())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.error()).isNull();
                assertThat(r.document().text()).contains("The ferry sailed on Friday");
              });
    }
  }

  @Test
  void refusesFeedsDeclaringEntitiesInOneLineWithoutExpandingThem() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE", UTF_8);
    Path xxe =
        feed(
            "xxe.rss",
            "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
            "2.0",
            "&xxe;");
    StringBuilder laughs = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs.append(
          String.format(
              Locale.ROOT, "<!ENTITY lol%d \"%s\">", i, ("&lol" + (i - 1) + ";").repeat(10)));
    }
    Path bomb = feed("laughs.rss", laughs.append("]>").toString(), "2.0", "&lol9;");
    Path parameter =
        feed(
            "parameter.rss",
            "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + secret.toUri() + "\"> %remote;]>",
            "2.0",
            "");

    for (Path feed : List.of(xxe, bomb, parameter)) {
      assertThat(readAll(feed))
          .as(feed.toString())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.isOk()).isFalse();
                assertThat(r.error())
                    .contains("entity declarations are refused")
                    .doesNotContain("\n", "TOP-SECRET", "lollol");
              });
    }
  }

  @Test
  void aBogusContentLengthCostsOnlyItsRecordInAWarcAndAGzippedWarc() throws IOException {
    for (long length : List.of(999_999_999_999L, 40_000_000L, 5_000L)) {
      for (String name : List.of("bogus.warc", "bogus.warc.gz")) {
        Path warc = TestFeeds.warcWithBogusLength(dir.resolve(length + name), length);

        List<ReadResult> results = readAll(warc);

        String label = name + " with Content-Length " + length;
        assertThat(results).as(label).hasSizeBetween(2, 3);
        assertThat(results.get(0).document().text()).as(label).contains("Ana Ruiz");
        assertThat(results.get(results.size() - 1).document().text()).as(label).contains("Cy Lund");
        if (results.size() == 3) {
          assertThat(results.get(1).error()).as(label).doesNotContain("\n").contains("#2");
        }
      }
    }
  }

  private Path feed(String name, String doctype, String version, String extra) throws IOException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + doctype
            + "\n<rss version=\""
            + version
            + "\">"
            + String.format(Locale.ROOT, ITEMS, extra);
    return Files.writeString(dir.resolve(name), xml, UTF_8);
  }

  private static List<ReadResult> readAll(Path input) {
    List<ReadResult> results = new ArrayList<>();
    try (ArticleSource source = ArticleSource.open(input.toString(), ReadOptions.defaults())) {
      source.forEachRemaining(results::add);
    }
    return results;
  }
}
