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
          "(?:^|[-_\\s])(?:share|sharing|social|related|recommended|newsletter|comments?|commentlist|disqus|respond|promo"
              + "|ads?|advert\\w*|sponsored|breadcrumbs?|subscribe|subscription"
              + "|sidebar|more-stories|read-?more|most-read|popular|tags|caption|credits?|menu"
              + "|nav|navigation|footer|banner|modal|popup|outbrain|taboola|byline|author"
              + "|dateline|timestamp|player|vjs|controls?|toolbar|teasers?|widget|overlay|tooltip"
              + "|offscreen|sr-only|visually-hidden|print-only|disclaimer|signup"
              + "|trending|more|next|prev|previous|pager|pagination|rail|carousel|slider"
              + "|embed|lightbox|gallery-thumbs|toc)(?:$|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  /** Names of wrappers that never hold the article, however much prose they have. */
  private static final Pattern CONSENT_NAME =
      Pattern.compile(
          "(?:^|[-_\\s])(?:cookies?|consent|gdpr)(?:$|[-_\\s])", Pattern.CASE_INSENSITIVE);

  /**
   * Names of page parts that follow or accompany an article (reader comments, slideshows): they
   * hold the article only on a page with little prose outside them.
   */
  private static final Pattern SECONDARY_NAME =
      Pattern.compile(
          "(?:^|[-_\\s])(?:comments?|commentlist|disqus|replies|slideshows?|slides|promo)(?:$|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  private static final double ARTICLE_CHARS = 600;

  /**
   * Classes that hide an element outright; compounds such as Drupal's {@code field-label-hidden}
   * (the label is hidden, not the field) or {@code hidden-xs} (hidden on phones only) do not.
   */
  private static final String HIDDEN_CLASSES = ".hidden, .is-hidden, .d-none";

  private static final Pattern CAMEL_CASE = Pattern.compile("(\\p{Ll})(\\p{Lu})");
  private static final double PROTECTED_SHARE = 0.5;
  private static final int PROSE_CHARS = 50;
  private static final double PROSE_LINK_DENSITY = 0.3;
  private static final double CLUTTER_WEIGHT = 1.0;
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double SIBLING_SHARE = 0.2;
  private static final double DENSITY_RATIO = 0.85;
  private static final int EDGE_WORDS = 8;
  private static final int GAP_LINES = 2;
  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"”’»)…]$");

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
    Set<Element> containers = withSiblings(container(body, blocks), body, blocks);
    boolean[] chosen = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      chosen[i] = isInside(blocks.get(i).owner(), containers);
    }
    fillGaps(blocks, chosen);
    List<String> paragraphs = new ArrayList<>();
    Map<String, Element> seen = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (chosen[i]
          && block.linkDensity() <= MAX_LINK_DENSITY
          && !UiPhrases.isUiPhrase(block.text())
          && !isRepeat(block, seen)) {
        paragraphs.add(block.text());
      }
    }
    trimEdges(paragraphs);
    if (paragraphs.isEmpty()) {
      blocks.stream().filter(HtmlBody::isProse).map(Block::text).forEach(paragraphs::add);
    }
    return List.copyOf(paragraphs);
  }

  /**
   * Whether a prose block repeats one seen under another parent (a hidden tab or a print copy of
   * the article); a page that repeats a paragraph in place keeps both.
   */
  private static boolean isRepeat(Block block, Map<String, Element> seen) {
    if (!isProse(block)) {
      return false;
    }
    Element first = seen.putIfAbsent(block.text(), block.owner().parent());
    return first != null && first != block.owner().parent();
  }

  /**
   * Adds the prose between chosen blocks and the prose just before the first (a lead or bullet
   * summary in a wrapper of its own) or after the last, skipping a few short lines but no link
   * list, and after the last no heading ("Recommended for you", "Comments").
   */
  private static void fillGaps(List<Block> blocks, boolean[] chosen) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    for (int i = first; i < last; i++) {
      chosen[i] |= isProse(blocks.get(i));
    }
    extend(blocks, chosen, first, -1);
    extend(blocks, chosen, last, 1);
  }

  private static void extend(List<Block> blocks, boolean[] chosen, int from, int step) {
    int skipped = 0;
    for (int i = from + step; i >= 0 && i < blocks.size() && skipped <= GAP_LINES; i += step) {
      Block block = blocks.get(i);
      if (block.linkDensity() > MAX_LINK_DENSITY || step > 0 && block.owner().is(HEADINGS)) {
        break;
      }
      if (isProse(block)) {
        chosen[i] = true;
        skipped = 0;
      } else {
        skipped++;
      }
    }
  }

  /** Drops short unpunctuated lines (bylines, "Next story", section links) at both ends. */
  private static void trimEdges(List<String> paragraphs) {
    while (!paragraphs.isEmpty() && isEdgeClutter(paragraphs.get(paragraphs.size() - 1))) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    while (!paragraphs.isEmpty() && isEdgeClutter(paragraphs.get(0))) {
      paragraphs.remove(0);
    }
  }

  private static boolean isEdgeClutter(String paragraph) {
    return paragraph.split(" ").length < EDGE_WORDS && !SENTENCE_END.matcher(paragraph).find();
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
      double inside = prose.getOrDefault(element, 0.0);
      if (element != body
          && (hasName(element, CONSENT_NAME)
              || hasName(element, SECONDARY_NAME) && total - inside >= ARTICLE_CHARS
              || isBoilerplate(element)
                  && !kept.contains(element)
                  && inside < PROTECTED_SHARE * total)) {
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
    if (element.is(BOILERPLATE_TAGS) || element.is(HIDDEN_CLASSES)) {
      return true;
    }
    return hasName(element, BOILERPLATE_NAME);
  }

  private static boolean hasName(Element element, Pattern pattern) {
    String names = element.className() + " " + element.id();
    return !names.isBlank()
        && pattern.matcher(CAMEL_CASE.matcher(names).replaceAll("$1-$2")).find();
  }

  /**
   * The element holding the page's prose most directly: each prose block counts for its parent,
   * half for the grandparent, a quarter above; link lists count against.
   */
  private static Element container(Element body, List<Block> blocks) {
    Map<Element, Double> scores = new HashMap<>();
    for (Block block : blocks) {
      double weight =
          isProse(block) ? 1.0 : block.linkDensity() > MAX_LINK_DENSITY ? -CLUTTER_WEIGHT : 0;
      if (weight == 0) {
        continue;
      }
      double share = weight * block.text().length();
      for (Element element = block.owner().parent(); element != null; element = element.parent()) {
        scores.merge(element, share, Double::sum);
        share /= 2;
        if (element == body) {
          break;
        }
      }
    }
    return scores.entrySet().stream()
        .filter(entry -> entry.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(body);
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

  private static boolean isInside(Element element, Set<Element> containers) {
    for (Element e = element; e != null; e = e.parent()) {
      if (containers.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The container and those of its siblings that continue the article (ones sharing a class, or
   * with at least a fifth of its prose and nearly its density of prose among their text: a
   * recommendation stream or a sign-up form is mostly headlines and short lines), climbing first
   * through wrappers that hold no other prose.
   */
  private static Set<Element> withSiblings(Element start, Element body, List<Block> blocks) {
    Map<Element, Double> prose = new HashMap<>();
    Map<Element, Double> text = new HashMap<>();
    for (Block block : blocks) {
      addToAncestors(text, block.owner(), body, block.text().length());
      if (isProse(block)) {
        addToAncestors(prose, block.owner(), body, block.text().length());
      }
    }
    Element container = start;
    double own = prose.getOrDefault(container, 0.0);
    while (container != body
        && container.parent() != null
        && prose.getOrDefault(container.parent(), 0.0) <= own) {
      container = container.parent();
    }
    Set<Element> chosen = new HashSet<>();
    chosen.add(container);
    Element parent = container.parent();
    if (container == body || parent == null) {
      return chosen;
    }
    double density = own / text.get(container);
    for (Element sibling : parent.children()) {
      double siblingProse = prose.getOrDefault(sibling, 0.0);
      boolean dense = siblingProse / text.getOrDefault(sibling, 1.0) >= DENSITY_RATIO * density;
      if (siblingProse > 0
          && (sharesClass(sibling, container) || siblingProse >= SIBLING_SHARE * own && dense)) {
        chosen.add(sibling);
      }
    }
    return firstArticle(parent, chosen);
  }

  /**
   * The first of the chosen siblings when two or more of them are articles of their own (hold an
   * {@code <h1>} headline or an {@code <article>} element): the stories an endless-scroll page
   * appends after its own; else all of them.
   */
  private static Set<Element> firstArticle(Element parent, Set<Element> chosen) {
    List<Element> headed = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (chosen.contains(sibling) && !sibling.select("h1, article").isEmpty()) {
        headed.add(sibling);
      }
    }
    return headed.size() < 2 ? chosen : Set.of(headed.get(0));
  }

  private static boolean sharesClass(Element a, Element b) {
    Set<String> classes = a.classNames();
    return b.classNames().stream().anyMatch(classes::contains);
  }
}
