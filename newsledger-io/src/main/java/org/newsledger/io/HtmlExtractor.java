package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts a news article (headline, date, byline, body paragraphs) from an HTML page. */
public final class HtmlExtractor {

  private HtmlExtractor() {}

  /** The article of a page; the charset comes from a BOM or meta tag, else UTF-8. */
  public static HtmlArticle extract(byte[] html) {
    requireNonNull(html, "html is null");
    return extract(parse(html));
  }

  /** The article of a parsed page, which is changed (boilerplate removed) in the process. */
  static HtmlArticle extract(Document page) {
    Document pristine = page.clone();
    String title = HtmlMetadata.title(page).orElse(null);
    String published = HtmlMetadata.published(page).orElse(null);
    String url = HtmlMetadata.url(page).orElse(null);
    String author = HtmlMetadata.author(page).orElse(null);
    List<String> paragraphs = ReadabilityCheck.agreeing(HtmlBody.paragraphs(page), pristine);
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs = paragraphs.subList(1, paragraphs.size());
    }
    List<String> body = paragraphs;
    String language = HtmlMetadata.language(page).or(() -> LanguageGuess.of(body)).orElse(null);
    return new HtmlArticle(title, published, author, language, url, paragraphs);
  }

  private static boolean isUtf8WithNonAscii(byte[] html) {
    boolean nonAscii = false;
    for (byte b : html) {
      if (b < 0) {
        nonAscii = true;
        break;
      }
    }
    if (!nonAscii) {
      return false;
    }
    try {
      UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(html));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The text of an element as paragraphs: each block element or line break starts one. */
  public static List<String> paragraphsOf(Element element) {
    requireNonNull(element, "element is null");
    return HtmlBlocks.texts(element);
  }

  /**
   * Parses a page: as UTF-8 when its bytes are valid UTF-8 with some non-ASCII (pages re-saved as
   * UTF-8 often keep a legacy meta charset), else with the charset of a BOM or meta tag.
   */
  public static Document parse(byte[] html) {
    requireNonNull(html, "html is null");
    if (isUtf8WithNonAscii(html)) {
      return Jsoup.parse(new String(html, UTF_8), "");
    }
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
