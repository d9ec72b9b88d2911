package org.newsledger.io;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.io.Reading.readAll;
import static org.newsledger.io.Reading.readOne;
import static org.newsledger.io.Reading.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.core.text.Zone;

class HtmlReaderTest {

  private static final String NEWS_PAGE =
      """
      <!DOCTYPE html>
      <html><head>
        <title>Dam repairs finished early | The Valley Courier</title>
        <meta property="og:title" content="Dam repairs finished early">
        <meta property="article:published_time" content="2024-09-12T16:45:00+02:00">
        <link rel="canonical" href="https://courier.example/2024/dam-repairs">
        <style>p { color: red; }</style>
      </head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
        <header class="site-header"><p>The Valley Courier - since 1921</p></header>
        <article>
          <h1>Dam repairs finished early</h1>
          <div class="byline">By Mira Holt <time datetime="2024-09-13">13 Sep</time></div>
          <div class="share-bar"><p>Share this article on social media</p></div>
          <p>Repairs to the Lindow dam ended two weeks ahead of schedule, the water board said on
             Thursday.</p>
          <figure><img src="dam.jpg"><figcaption>The dam in August. Photo: archive</figcaption></figure>
          <p>"The crews worked through the weekends," chief engineer Tomas Reyes told reporters.</p>
          <script>trackPageView();</script>
          <div class="related-links"><h3>Related</h3><p><a href="/x">Flood warning lifted</a></p></div>
          <p><a href="/subscribe">Subscribe to our newsletter</a></p>
        </article>
        <aside><p>Most read: Bakery wins prize</p></aside>
        <footer><p>Copyright The Valley Courier</p></footer>
      </body></html>
      """;

  @TempDir Path dir;

  @Test
  void extractsTitleDateUrlAndBodyWithoutBoilerplate() throws IOException {
    Document doc = readOne(write(dir, "dam.html", NEWS_PAGE)).document();

    assertThat(doc.text())
        .isEqualTo(
            "Dam repairs finished early\n\n"
                + "Repairs to the Lindow dam ended two weeks ahead of schedule, the water board"
                + " said on Thursday.\n\n"
                + "\"The crews worked through the weekends,\" chief engineer Tomas Reyes told"
                + " reporters.");
    assertThat(doc.meta().title()).isEqualTo("Dam repairs finished early");
    assertThat(doc.meta().titleSpan()).isEqualTo(CharSpan.of(0, 26));
    assertThat(doc.meta().published()).isEqualTo("2024-09-12T16:45+02:00");
    assertThat(doc.meta().url()).isEqualTo("https://courier.example/2024/dam-repairs");
    assertThat(doc.meta().id()).isEqualTo("dam.html");
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void extractedTextFeedsLayoutAsHeadlineAndBody() throws IOException {
    Document doc = readOne(write(dir, "dam.htm", NEWS_PAGE)).document();

    Document laid = new LayoutStage().apply(doc);

    assertThat(laid.get(Layers.PARAGRAPHS))
        .extracting(p -> p.zone())
        .containsExactly(Zone.HEADLINE, Zone.BODY, Zone.BODY);
  }

  @Test
  void findsTheDensestContainerWhenThereIsNoArticleElement() throws IOException {
    String page =
        """
        <html><head><title>Library opens late | Town News</title>
        <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
           "datePublished":"2025-01-20T07:30:00Z"}]}
        </script>
        <meta property="og:url" content="https://town.example/library">
        </head><body>
          <div class="menu"><p><a href="/a">Sports</a> <a href="/b">Weather</a></p></div>
          <div id="teaser"><p>Short teaser.</p></div>
          <div class="content">
            <p>The central library will open at noon on Monday after a power cut.</p>
            <h2>Repairs underway</h2>
            <p>Electricians expect to finish the work by Sunday evening, a council spokeswoman said.</p>
          </div>
        </body></html>
        """;

    Document doc = readOne(write(dir, "library.html", page)).document();

    assertThat(doc.meta().title()).isEqualTo("Library opens late");
    assertThat(doc.meta().published()).isEqualTo("2025-01-20T07:30Z");
    assertThat(doc.meta().url()).isEqualTo("https://town.example/library");
    assertThat(doc.text())
        .isEqualTo(
            "Library opens late\n\n"
                + "The central library will open at noon on Monday after a power cut.\n\n"
                + "Repairs underway\n\n"
                + "Electricians expect to finish the work by Sunday evening, a council spokeswoman"
                + " said.");
  }

  @Test
  void readsDateFromItempropOrTimeElement() throws IOException {
    String itemprop =
        "<html><body><article><h1>Fair</h1>"
            + "<span itemprop=\"datePublished\" content=\"2023-07-04\">4 July</span>"
            + "<p>The fair opened.</p></article></body></html>";
    String time =
        "<html><body><article><h1>Fair</h1><time datetime=\"2023-07-05T10:00\">5 July</time>"
            + "<p>The fair closed.</p></article></body></html>";

    assertThat(readOne(write(dir, "a.html", itemprop)).document().meta().published())
        .isEqualTo("2023-07-04");
    assertThat(readOne(write(dir, "b.html", time)).document().meta().published())
        .isEqualTo("2023-07-05T10:00");
  }

  @Test
  void publishedOverrideAppliesWhenThePageHasNoDate() throws IOException {
    Path file =
        write(dir, "undated.html", "<html><body><h1>Fair</h1><p>It rained.</p></body></html>");

    ReadResult result = readAll(file.toString(), new ReadOptions("2022-02-02")).get(0);

    assertThat(result.document().meta().published()).isEqualTo("2022-02-02");
    assertThat(result.document().text()).isEqualTo("Fair\n\nIt rained.");
  }

  @Test
  void decodesTheCharsetTheMetaTagDeclares() throws IOException {
    String page =
        "<html><head><meta charset=\"iso-8859-1\"><title>Café reopens</title></head>"
            + "<body><p>The café on the square reopened.</p></body></html>";
    Path file = Files.write(dir.resolve("cafe.html"), page.getBytes(ISO_8859_1));

    Document doc = readOne(file).document();

    assertThat(doc.text()).isEqualTo("Café reopens\n\nThe café on the square reopened.");
  }

  @Test
  void pageWithoutBodyTextGivesADiagnostic() throws IOException {
    Document doc =
        readOne(write(dir, "blank.html", "<html><head></head><body></body></html>")).document();

    assertThat(doc.text()).isEmpty();
    assertThat(doc.diagnostics()).extracting(d -> d.code()).containsExactly("empty_input");
  }

  @Test
  void detectsTheLanguageOfAPageThatDeclaresNone() throws IOException {
    String spanish =
        "<html><head><title>Obras en la presa</title></head><body><article>"
            + "<p>Las obras de reparación de la presa de Lindow terminaron dos semanas antes de lo"
            + " previsto, según informó el jueves la junta del agua.</p>"
            + "<p>Los equipos trabajaron durante los fines de semana, dijo el ingeniero jefe a los"
            + " periodistas, y la carretera volverá a abrir el lunes.</p></article></body></html>";

    Document doc = readOne(write(dir, "presa.html", spanish)).document();

    assertThat(doc.meta().language()).isEqualTo("es");
    assertThat(doc.diagnostics()).extracting(d -> d.code()).containsExactly("unsupported_language");
  }

  @Test
  void takesEnglishForAnEnglishPageThatDeclaresNoLanguage() throws IOException {
    Document doc = readOne(write(dir, "dam.html", NEWS_PAGE)).document();

    assertThat(doc.meta().language()).isEqualTo("en");
    assertThat(doc.diagnostics()).isEmpty();
  }
}
