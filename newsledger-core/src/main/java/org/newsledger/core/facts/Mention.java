package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;

/**
 * A stretch of text that refers to an entity.
 *
 * @param id unique within the document ("m3")
 * @param span char span in the original text
 * @param text the covered text
 * @param type the entity type this mention suggests
 * @param kind how the mention refers
 * @param entityId id of the entity it refers to, or null while unresolved
 * @param rule the rule or model that found the mention (and resolved it, after "/")
 */
public record Mention(
    String id,
    CharSpan span,
    String text,
    EntityType type,
    MentionKind kind,
    String entityId,
    String rule)
    implements Annotation {

  /** Validates the fields; entityId may be null. */
  public Mention {
    requireNonNull(id, "id is null");
    requireNonNull(span, "span is null");
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(rule, "rule is null");
  }

  /** A copy resolved to {@code entity}, with the resolving rule appended to this one. */
  public Mention resolvedTo(String entity, String resolvingRule) {
    return new Mention(id, span, text, type, kind, entity, rule + "/" + resolvingRule);
  }
}
