package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;

/**
 * A statement credited to a source.
 *
 * @param id unique within the document ("a1")
 * @param kind direct, indirect, mixed, according-to or report
 * @param cue the words that signal the attribution ("said", "according to")
 * @param content what was said or reported
 * @param source who it is credited to
 * @param via id of the outer attribution when this one is reported through another, or null
 * @param inHeadline true when the attribution stands in a headline or subheading
 * @param rule the rule that found it
 * @param contentParts the spans the content is made of, in text order: one, the content itself,
 *     unless a reporting clause splits a quotation ("A," X said. "B."), when each part is a span
 *     inside the content and the reporting clause lies between them
 */
public record Attribution(
    String id,
    AttributionKind kind,
    Excerpt cue,
    Excerpt content,
    Source source,
    String via,
    boolean inHeadline,
    String rule,
    List<Excerpt> contentParts)
    implements Annotation {

  /** Validates the fields; via may be null; every content part lies inside the content. */
  public Attribution {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(cue, "cue is null");
    requireNonNull(content, "content is null");
    requireNonNull(source, "source is null");
    requireNonNull(rule, "rule is null");
    contentParts = List.copyOf(contentParts);
    if (contentParts.isEmpty()) {
      throw new IllegalArgumentException("an attribution needs at least one content part");
    }
    for (Excerpt part : contentParts) {
      if (!content.span().contains(part.span())) {
        throw new IllegalArgumentException("content part " + part.span() + " outside the content");
      }
    }
  }

  /** An attribution whose content is one span. */
  public Attribution(
      String id,
      AttributionKind kind,
      Excerpt cue,
      Excerpt content,
      Source source,
      String via,
      boolean inHeadline,
      String rule) {
    this(id, kind, cue, content, source, via, inHeadline, rule, List.of(content));
  }

  /**
   * What a reader quotes: the content's text, or for a quotation split around its reporting clause
   * the parts' texts joined by " … ", without the reporting clause.
   */
  public String said() {
    if (contentParts.size() == 1) {
      return contentParts.get(0).text();
    }
    StringBuilder said = new StringBuilder();
    for (Excerpt part : contentParts) {
      said.append(said.isEmpty() ? "" : " … ").append(part.text());
    }
    return said.toString();
  }

  /** A copy reported through the attribution {@code outerId} (null: through none). */
  public Attribution withVia(String outerId) {
    return new Attribution(id, kind, cue, content, source, outerId, inHeadline, rule, contentParts);
  }

  /** The content span: what the attribution is evidence for. */
  @Override
  public CharSpan span() {
    return content.span();
  }
}
