package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project-written pages of the shapes real news pages take (body in div/br text, body under a class
 * named like an ad, a page inside a form, broken JSON-LD, placeholder dates, a consent dialog
 * before the article, reader comments longer than it, a recommendation stream after it, a second
 * story appended by endless scroll), each read and compared with {@code <case>.expected.txt}. Run
 * with {@code -Dnewsledger.rewriteGolden=true} to rewrite the expected files on purpose.
 */
class HtmlGoldenPagesTest {

  private static final Path SOURCE_FOLDER = Path.of("src/test/resources/org/newsledger/io/html");

  static Stream<String> pages() throws IOException, URISyntaxException {
    Path folder = Path.of(HtmlGoldenPagesTest.class.getResource("html").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names =
          files
              .map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith(".html"))
              .map(name -> name.substring(0, name.length() - ".html".length()))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsPageAsExpected(String name) throws IOException {
    byte[] html =
        HtmlGoldenPagesTest.class.getResourceAsStream("html/" + name + ".html").readAllBytes();

    String actual = render(HtmlExtractor.extract(html));

    if (Boolean.getBoolean("newsledger.rewriteGolden")) {
      Files.writeString(SOURCE_FOLDER.resolve(name + ".expected.txt"), actual, UTF_8);
    }
    String expected =
        new String(
            HtmlGoldenPagesTest.class
                .getResourceAsStream("html/" + name + ".expected.txt")
                .readAllBytes(),
            UTF_8);
    assertThat(actual).isEqualTo(expected);
  }

  private static String render(HtmlArticle article) {
    return "title: "
        + orEmpty(article.title())
        + "\npublished: "
        + orEmpty(article.published())
        + "\nauthor: "
        + orEmpty(article.author())
        + "\nlanguage: "
        + orEmpty(article.language())
        + "\nurl: "
        + orEmpty(article.url())
        + "\n\n"
        + article.body()
        + "\n";
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
