package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.lexicon.WordList;

/**
 * The type an event takes when the text tells it as future or announced: a promise to cooperate is
 * AGREE, an announced retreat CONCEDE, a promised hostility THREATEN (intent-types.tsv).
 */
final class IntentTypes {

  private static final Set<EventModality> INTENDED =
      Set.of(EventModality.FUTURE, EventModality.ANNOUNCED);

  /** A type and its CAMEO root code. */
  record Coding(String type, String cameo) {}

  private final Map<String, Coding> byType;

  private IntentTypes(Map<String, Coding> byType) {
    this.byType = Map.copyOf(requireNonNull(byType, "byType is null"));
  }

  /** Loads intent-types.tsv. */
  static IntentTypes load() {
    Map<String, Coding> byType = new HashMap<>();
    for (List<String> row : WordList.load(IntentTypes.class, "intent-types.tsv").rows()) {
      byType.put(row.get(0), new Coding(row.get(1), row.get(2)));
    }
    return new IntentTypes(byType);
  }

  /** The coding of an intended {@code type}, or null when it keeps its type. */
  Coding of(String type, EventModality modality, boolean negated) {
    return negated || !INTENDED.contains(modality) ? null : byType.get(type);
  }
}
