package org.newsledger.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsledger.io.HtmlBlocks.Block;

/**
 * Finds an HTML page's body paragraphs: boilerplate removed unless it holds most of the page's
 * prose, then the element whose prose outweighs its clutter most, then its blocks without link
 * lists and interface phrases.
 */
final class HtmlBody {

  private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=display:\\s*none]";
  private static final String BOILERPLATE_TAGS =
      "nav, header, footer, aside, figure, figcaption, dialog, menu";
  private static final Pattern BOILERPLATE_NAME =
      Pattern.compile(
          "(?:^|[-_\\s])(?:share|sharing|social|related|recommended|newsletter|comments?|promo"
              + "|ads?|advert\\w*|sponsored|breadcrumbs?|cookies?|consent|subscribe|subscription"
              + "|sidebar|more-stories|read-?more|most-read|popular|tags|caption|credits?|menu"
              + "|nav|navigation|footer|banner|modal|popup|outbrain|taboola|byline|author"
              + "|dateline|timestamp)(?:$|[-_\\s])",
          Pattern.CASE_INSENSITIVE);
  private static final double PROTECTED_SHARE = 0.5;
  private static final int PROSE_CHARS = 50;
  private static final double PROSE_LINK_DENSITY = 0.3;
  private static final double CLUTTER_WEIGHT = 1.0;
  private static final double MAX_LINK_DENSITY = 0.5;

  private HtmlBody() {}

  /** The body paragraphs in page order, whitespace collapsed; empty when the page has none. */
  static List<String> paragraphs(Document page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    body.select(HIDDEN).remove();
    removeBoilerplate(body);
    List<Block> blocks = HtmlBlocks.of(body);
    Element container = container(body, blocks);
    List<String> paragraphs = new ArrayList<>();
    for (Block block : blocks) {
      if (isInside(block.owner(), container)
          && block.linkDensity() <= MAX_LINK_DENSITY
          && !UiPhrases.isUiPhrase(block.text())) {
        paragraphs.add(block.text());
      }
    }
    if (paragraphs.isEmpty()) {
      blocks.stream().filter(HtmlBody::isProse).map(Block::text).forEach(paragraphs::add);
    }
    return List.copyOf(paragraphs);
  }

  /**
   * Removes navigation and boilerplate-named elements, but never one holding the page's densest run
   * of prose (the parent of the most prose paragraphs) or most of its prose.
   */
  private static void removeBoilerplate(Element body) {
    Map<Element, Double> prose = new HashMap<>();
    Map<Element, Double> parentProse = new HashMap<>();
    for (Block block : HtmlBlocks.of(body)) {
      if (isProse(block)) {
        addToAncestors(prose, block.owner(), body, block.text().length());
        Element parent = block.owner().parent();
        parentProse.merge(
            parent == null ? body : parent, (double) block.text().length(), Double::sum);
      }
    }
    Set<Element> kept = new HashSet<>();
    parentProse.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(top -> kept.addAll(ancestorsOrSelf(top.getKey())));
    double total = prose.getOrDefault(body, 0.0);
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element != body
          && isBoilerplate(element)
          && !kept.contains(element)
          && prose.getOrDefault(element, 0.0) < PROTECTED_SHARE * total) {
        doomed.add(element);
      }
    }
    doomed.forEach(Element::remove);
  }

  private static List<Element> ancestorsOrSelf(Element element) {
    List<Element> elements = new ArrayList<>();
    for (Element e = element; e != null; e = e.parent()) {
      elements.add(e);
    }
    return elements;
  }

  private static boolean isBoilerplate(Element element) {
    if (element.is(BOILERPLATE_TAGS)) {
      return true;
    }
    String names = element.className() + " " + element.id();
    return !names.isBlank() && BOILERPLATE_NAME.matcher(names).find();
  }

  /** The element whose prose characters minus weighted clutter characters are the most. */
  private static Element container(Element body, List<Block> blocks) {
    Map<Element, Double> scores = new HashMap<>();
    for (Block block : blocks) {
      double weight = isProse(block) ? 1.0 : -CLUTTER_WEIGHT;
      addToAncestors(scores, block.owner(), body, weight * block.text().length());
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element element : body.getAllElements()) {
      double score = scores.getOrDefault(element, Double.NEGATIVE_INFINITY);
      if (score >= bestScore && score > 0) {
        best = element;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean isProse(Block block) {
    return block.text().length() >= PROSE_CHARS && block.linkDensity() <= PROSE_LINK_DENSITY;
  }

  private static void addToAncestors(
      Map<Element, Double> sums, Element from, Element root, double amount) {
    for (Element element = from; element != null; element = element.parent()) {
      sums.merge(element, amount, Double::sum);
      if (element == root) {
        break;
      }
    }
  }

  private static boolean isInside(Element element, Element container) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == container) {
        return true;
      }
    }
    return false;
  }
}
