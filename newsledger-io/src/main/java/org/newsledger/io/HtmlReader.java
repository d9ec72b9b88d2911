package org.newsledger.io;

import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;

/** Builds a document from an HTML page: text "TITLE\n\nPARA1\n\nPARA2...", title span set. */
final class HtmlReader {

  static final String PARAGRAPH_BREAK = "\n\n";
  private static final String SUPPORTED_LANGUAGE = "en";

  private HtmlReader() {}

  /** The article of the page; the charset comes from a BOM or meta tag, else UTF-8. */
  static Document read(byte[] html, String id, String label, ReadOptions options) {
    HtmlArticle article;
    try {
      article = HtmlExtractor.extract(html);
    } catch (java.io.UncheckedIOException e) {
      throw Inputs.ioError(label, e.getCause());
    }
    String title = article.title();
    List<String> paragraphs = article.paragraphs();
    CharSpan titleSpan = title == null ? null : CharSpan.of(0, title.length());
    String published = article.published() != null ? article.published() : options.published();
    ArticleMeta meta =
        ArticleMeta.of(id)
            .withTitle(title, titleSpan)
            .withPublished(published)
            .withUrl(article.url())
            .withAuthor(article.author())
            .withLanguage(article.language());
    Document doc = Document.of(meta, join(title, paragraphs));
    if (paragraphs.isEmpty()) {
      String message = "no body paragraphs found in the page";
      doc = doc.withDiagnostic(new Diagnostic("empty_input", message, PlainTextReader.STAGE, null));
    }
    if (article.language() != null && !article.language().equals(SUPPORTED_LANGUAGE)) {
      String message =
          "the page is in language '"
              + article.language()
              + "' (declared, or detected when the page declares none); analysis supports English"
              + " only, so its results may be poor";
      doc =
          doc.withDiagnostic(
              new Diagnostic("unsupported_language", message, PlainTextReader.STAGE, null));
    }
    return doc;
  }

  /** "TITLE\n\nPARA1\n\nPARA2", the title left out when null. */
  private static String join(String title, List<String> paragraphs) {
    StringBuilder text = new StringBuilder(title == null ? "" : title);
    for (String paragraph : paragraphs) {
      text.append(text.length() == 0 ? "" : PARAGRAPH_BREAK).append(paragraph);
    }
    return text.toString();
  }
}
