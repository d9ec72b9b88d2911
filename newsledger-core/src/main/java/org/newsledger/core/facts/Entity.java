package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;

/**
 * Something the article talks about, grouping its mentions.
 *
 * @param id unique within the document ("e2")
 * @param name canonical name: the fullest proper name found ("John Kirby")
 * @param type coarse type
 * @param subtype finer type when known ("COUNTRY", "MEDIA", "GOVERNMENT"), or the empty string
 * @param aliases other names and references used in the text, without the canonical name
 * @param roles titles and roles the text gives it ("National Security Council spokesman")
 * @param mentionIds ids of its mentions, in text order
 * @param span the mention the canonical name comes from
 * @param rule the rule that built the entity
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    String subtype,
    List<String> aliases,
    List<String> roles,
    List<String> mentionIds,
    CharSpan span,
    String rule)
    implements Annotation {

  /** Validates and copies the fields. */
  public Entity {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(subtype, "subtype is null");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentionIds = List.copyOf(mentionIds);
    requireNonNull(span, "span is null");
    requireNonNull(rule, "rule is null");
  }
}
