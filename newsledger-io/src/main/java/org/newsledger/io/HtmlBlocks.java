package org.newsledger.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The text of an element as paragraphs: each block element or line break starts a new one. */
final class HtmlBlocks {

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
          "audio");
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

  private HtmlBlocks() {}

  /**
   * The paragraphs of {@code root} in document order, whitespace collapsed, empty ones left out.
   */
  static List<String> of(Node root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    collect(root, current, paragraphs);
    flush(current, paragraphs);
    return paragraphs;
  }

  /** Whether the tag starts a new block of text. */
  static boolean isBlock(String tag) {
    return BLOCK_TAGS.contains(tag);
  }

  private static void collect(Node node, StringBuilder current, List<String> paragraphs) {
    if (node instanceof TextNode text) {
      appendCollapsed(current, text.getWholeText());
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
    if (block) {
      flush(current, paragraphs);
    }
    for (Node child : element.childNodes()) {
      collect(child, current, paragraphs);
    }
    if (block) {
      flush(current, paragraphs);
    }
  }

  private static void appendCollapsed(StringBuilder current, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String paragraph = current.toString().strip();
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }
}
