package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The text of an element as blocks: each block element or line break starts a new one. */
final class HtmlBlocks {

  /**
   * One block of text.
   *
   * @param text the text, whitespace collapsed
   * @param linkChars how many of its characters are link text
   * @param owner the innermost block element holding the text
   */
  record Block(String text, int linkChars, Element owner) {

    /** Validates the fields. */
    Block {
      requireNonNull(text, "text is null");
      requireNonNull(owner, "owner is null");
    }

    /** Share of the text inside links. */
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "br",
          "caption",
          "option",
          "legend",
          "picture",
          "video",
          "audio",
          "html");
  private static final Set<String> SKIPPED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "button",
          "select",
          "textarea",
          "input",
          "head",
          "title",
          "meta",
          "link",
          "object",
          "embed",
          "canvas");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private final Deque<Element> open = new ArrayDeque<>();
  private int linkDepth;
  private int linkChars;

  private HtmlBlocks() {}

  /** The blocks of {@code root} in document order, empty ones left out. */
  static List<Block> of(Element root) {
    HtmlBlocks walk = new HtmlBlocks();
    walk.open.push(root);
    walk.visit(root);
    walk.flush();
    return walk.blocks;
  }

  /** The texts of the blocks of {@code root}. */
  static List<String> texts(Element root) {
    return of(root).stream().map(Block::text).toList();
  }

  private void visit(Node node) {
    if (node instanceof TextNode text) {
      append(text.getWholeText());
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    String tag = element.normalName();
    if (SKIPPED_TAGS.contains(tag)) {
      return;
    }
    boolean block = BLOCK_TAGS.contains(tag);
    boolean link = tag.equals("a");
    if (block) {
      flush();
      open.push(element);
    }
    linkDepth += link ? 1 : 0;
    for (Node child : element.childNodes()) {
      visit(child);
    }
    linkDepth -= link ? 1 : 0;
    if (block) {
      flush();
      open.pop();
    }
  }

  private void append(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
      } else {
        current.append(c);
        linkChars += linkDepth > 0 ? 1 : 0;
      }
    }
  }

  private void flush() {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      blocks.add(new Block(text, Math.min(linkChars, text.length()), open.peek()));
    }
    current.setLength(0);
    linkChars = 0;
  }
}
