package org.newsledger.eval.html;

import static java.util.Objects.requireNonNull;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.newsledger.io.HtmlArticle;
import org.newsledger.io.HtmlExtractor;

/** The extractors compared by {@code eval html}: newsledger's reader and peer libraries. */
public final class HtmlExtractors {

  /**
   * What an extractor found on a page.
   *
   * @param title headline, or null
   * @param published publication date, or null
   * @param body body text, paragraphs on lines of their own
   */
  public record Extraction(String title, String published, String body) {

    /** Validates the fields. */
    public Extraction {
      requireNonNull(body, "body is null");
    }
  }

  private HtmlExtractors() {}

  /** Every extractor by name, newsledger's first; each takes the page bytes and its address. */
  public static Map<String, BiFunction<byte[], String, Extraction>> all() {
    Map<String, BiFunction<byte[], String, Extraction>> all = new LinkedHashMap<>();
    all.put("newsledger", HtmlExtractors::newsledger);
    all.put("readability4j", (html, url) -> readability(html, url, false));
    all.put("readability4j-ext", (html, url) -> readability(html, url, true));
    all.put("boilerpipe", HtmlExtractors::boilerpipe);
    return all;
  }

  static Extraction newsledger(byte[] html, String url) {
    HtmlArticle article = HtmlExtractor.extract(html);
    return new Extraction(article.title(), article.published(), article.body());
  }

  static Extraction readability(byte[] html, String url, boolean extended) {
    Document page = HtmlExtractor.parse(html);
    String uri = url == null ? "http://localhost/" : url;
    Article article =
        extended
            ? new Readability4JExtended(uri, page).parse()
            : new Readability4J(uri, page).parse();
    String body =
        article.getArticleContent() == null
            ? ""
            : String.join("\n", HtmlExtractor.paragraphsOf(article.getArticleContent()));
    return new Extraction(article.getTitle(), null, body);
  }

  static Extraction boilerpipe(byte[] html, String url) {
    Document page = HtmlExtractor.parse(html);
    try {
      String body = ArticleExtractor.INSTANCE.getText(page.outerHtml());
      return new Extraction(page.title(), null, body == null ? "" : body);
    } catch (BoilerpipeProcessingException e) {
      return new Extraction(page.title(), null, "");
    }
  }

  /** Names of the extractors, in table order. */
  public static List<String> names() {
    return List.copyOf(all().keySet());
  }
}
