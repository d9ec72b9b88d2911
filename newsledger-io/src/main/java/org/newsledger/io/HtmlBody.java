package org.newsledger.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Finds an HTML page's body paragraphs, leaving out navigation, captions and link lists. */
final class HtmlBody {

  private static final String BOILERPLATE_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, figure, figcaption, form,"
          + " iframe, svg, button, select, dialog, [hidden], [aria-hidden=true]";
  private static final Pattern BOILERPLATE_NAME =
      Pattern.compile(
          "(?:^|[-_\\s])(?:share|sharing|social|related|recommended|newsletter|comments?|promo"
              + "|ads?|advert\\w*|sponsored|breadcrumbs?|cookies?|consent|subscribe|subscription"
              + "|sidebar|more-stories|read-?more|most-read|popular|tags|caption|credits?|menu"
              + "|nav|footer|banner|modal|popup|outbrain|taboola)(?:$|[-_\\s])",
          Pattern.CASE_INSENSITIVE);
  private static final String KEEP = "html, body, main, article, [itemprop=articleBody]";
  private static final String BLOCKS = "p, h2, h3";
  private static final double MAX_LINK_DENSITY = 0.6;

  private HtmlBody() {}

  /** The body paragraphs in page order, whitespace collapsed; empty when the page has none. */
  static List<String> paragraphs(Document page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    body.select(BOILERPLATE_TAGS).remove();
    removeByName(body);
    Element container = container(body);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : container.select(BLOCKS)) {
      String text = block.text().strip();
      if (!text.isEmpty() && linkDensity(block, text) <= MAX_LINK_DENSITY) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty() && !body.text().isBlank()) {
      paragraphs.add(body.text().strip());
    }
    return List.copyOf(paragraphs);
  }

  private static void removeByName(Element body) {
    for (Element element : body.select("[class], [id]")) {
      String names = element.className() + " " + element.id();
      if (!element.is(KEEP) && BOILERPLATE_NAME.matcher(names).find()) {
        element.remove();
      }
    }
  }

  /** The article element richest in paragraph text, else the densest container of paragraphs. */
  private static Element container(Element body) {
    Element best = null;
    int bestScore = 0;
    for (Element candidate : body.select("[itemprop=articleBody], article")) {
      int score = paragraphChars(candidate.select("p"));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best != null ? best : densest(body);
  }

  private static Element densest(Element body) {
    Map<Element, Integer> scores = new HashMap<>();
    for (Element paragraph : body.select("p")) {
      int chars = paragraph.text().length();
      Element parent = paragraph.parent();
      if (parent != null) {
        scores.merge(parent, chars, Integer::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), chars / 2, Integer::sum);
        }
      }
    }
    return scores.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(body);
  }

  private static int paragraphChars(Elements paragraphs) {
    return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
  }

  private static double linkDensity(Element block, String text) {
    int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return (double) linked / text.length();
  }
}
