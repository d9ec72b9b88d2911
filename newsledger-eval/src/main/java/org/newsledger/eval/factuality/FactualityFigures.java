package org.newsledger.eval.factuality;

import java.util.List;

/**
 * The factuality evaluation's result.
 *
 * @param part which file of each split was read ("test", "dev", "train")
 * @param splits one entry per split, MEANTIME first
 */
public record FactualityFigures(String part, List<SplitScores> splits) {

  /** Copies the list. */
  public FactualityFigures {
    splits = List.copyOf(splits);
  }

  /** The scores of the named split; throws when absent. */
  public SplitScores split(String name) {
    return splits.stream()
        .filter(s -> s.split().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no split " + name));
  }
}
