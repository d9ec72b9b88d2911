package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

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
 */
public record Attribution(
    String id,
    AttributionKind kind,
    Excerpt cue,
    Excerpt content,
    Source source,
    String via,
    boolean inHeadline,
    String rule)
    implements Annotation {

  /** Validates the fields; via may be null. */
  public Attribution {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(cue, "cue is null");
    requireNonNull(content, "content is null");
    requireNonNull(source, "source is null");
    requireNonNull(rule, "rule is null");
  }

  /** The content span: what the attribution is evidence for. */
  @Override
  public CharSpan span() {
    return content.span();
  }
}
