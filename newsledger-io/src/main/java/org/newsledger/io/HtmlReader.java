package org.newsledger.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;

/** Builds a document from an HTML page: text "TITLE\n\nPARA1\n\nPARA2...", title span set. */
final class HtmlReader {

  static final String PARAGRAPH_BREAK = "\n\n";

  private HtmlReader() {}

  /** The article of the page; the charset comes from a BOM or meta tag, else UTF-8. */
  static Document read(byte[] html, String id, String label, ReadOptions options) {
    org.jsoup.nodes.Document page = parse(html, label);
    String title = HtmlMetadata.title(page).orElse(null);
    String published = HtmlMetadata.published(page).orElse(options.published());
    String url = HtmlMetadata.url(page).orElse(null);
    List<String> paragraphs = HtmlBody.paragraphs(page);
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    CharSpan titleSpan = title == null ? null : CharSpan.of(0, title.length());
    ArticleMeta meta =
        ArticleMeta.of(id).withTitle(title, titleSpan).withPublished(published).withUrl(url);
    Document doc = Document.of(meta, join(title, paragraphs));
    if (paragraphs.isEmpty()) {
      String message = "no body paragraphs found in the page";
      doc = doc.withDiagnostic(new Diagnostic("empty_input", message, PlainTextReader.STAGE, null));
    }
    return doc;
  }

  private static org.jsoup.nodes.Document parse(byte[] html, String label) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), null, "");
    } catch (IOException e) {
      throw Inputs.ioError(label, e);
    }
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
