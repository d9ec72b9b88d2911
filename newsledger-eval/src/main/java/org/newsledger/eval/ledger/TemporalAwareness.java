package org.newsledger.eval.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.eval.Prf;

/**
 * The SemEval-2015 TimeLine score of a system timeline against a gold one, by temporal awareness
 * (UzZaman and Allen): each timeline becomes a reduced graph of relations, the events of a position
 * SIMULTANEOUS in a chain, the first event of each position BEFORE the first of the next, and the
 * first event of a dated position IS_INCLUDED in its date. Precision counts the system's reduced
 * relations implied by the gold graph's closure, recall the gold's reduced relations implied by the
 * system's closure. Events at ordinal 0 are not placed and yield no relation.
 */
public final class TemporalAwareness {

  private TemporalAwareness() {}

  /** The matched and total relation counts of one system timeline against its gold timeline. */
  public static Counts score(Timeline gold, Timeline system) {
    Graph goldGraph = new Graph(gold);
    Graph systemGraph = new Graph(system);
    int systemHeld = (int) systemGraph.reduced.stream().filter(goldGraph::implies).count();
    int goldHeld = (int) goldGraph.reduced.stream().filter(systemGraph::implies).count();
    return new Counts(systemHeld, systemGraph.reduced.size(), goldHeld, goldGraph.reduced.size());
  }

  /**
   * Relation counts; sums over timelines give the micro-averaged score.
   *
   * @param systemHeld system relations the gold closure implies
   * @param systemTotal system relations
   * @param goldHeld gold relations the system closure implies
   * @param goldTotal gold relations
   */
  public record Counts(int systemHeld, int systemTotal, int goldHeld, int goldTotal) {

    /** No relations. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    /** The sum of both counts. */
    public Counts plus(Counts other) {
      return new Counts(
          systemHeld + other.systemHeld,
          systemTotal + other.systemTotal,
          goldHeld + other.goldHeld,
          goldTotal + other.goldTotal);
    }

    /** Precision, 0 to 1 (0 without system relations). */
    public double precision() {
      return systemTotal == 0 ? 0 : (double) systemHeld / systemTotal;
    }

    /** Recall, 0 to 1 (0 without gold relations). */
    public double recall() {
      return goldTotal == 0 ? 0 : (double) goldHeld / goldTotal;
    }

    /** Harmonic mean of precision and recall, 0 to 1. */
    public double f1() {
      return Prf.of(precision(), recall()).f1();
    }
  }

  /** A relation between two nodes: event mention ids, or "T:" and a date. */
  record Relation(String from, String type, String to) {

    static Relation simultaneous(String a, String b) {
      return a.compareTo(b) <= 0
          ? new Relation(a, "SIMULTANEOUS", b)
          : new Relation(b, "SIMULTANEOUS", a);
    }
  }

  /** A timeline's reduced relations and what their closure implies. */
  private static final class Graph {
    final Set<Relation> reduced = new LinkedHashSet<>();
    private final Map<String, String> classOf = new HashMap<>();
    private final Map<String, Set<String>> after = new HashMap<>();
    private final Map<String, Set<String>> dates = new HashMap<>();

    Graph(Timeline timeline) {
      List<Timeline.Line> placed =
          timeline.lines().stream()
              .filter(l -> l.ordinal() > 0)
              .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
              .toList();
      String previous = null;
      for (Timeline.Line line : placed) {
        List<String> events = List.copyOf(new LinkedHashSet<>(line.events()));
        String first = events.get(0);
        events.forEach(event -> classOf.put(event, first));
        for (int i = 1; i < events.size(); i++) {
          reduced.add(Relation.simultaneous(events.get(i - 1), events.get(i)));
        }
        if (previous != null) {
          reduced.add(new Relation(previous, "BEFORE", first));
        }
        if (!line.date().equals(Timeline.UNKNOWN_DATE)) {
          reduced.add(new Relation(first, "IS_INCLUDED", "T:" + line.date()));
          dates.computeIfAbsent(first, key -> new HashSet<>()).add("T:" + line.date());
        }
        previous = first;
      }
      closeBefore(placed);
    }

    /** Every later position's class is after every earlier one's (positions are a chain). */
    private void closeBefore(List<Timeline.Line> placed) {
      for (int i = 0; i < placed.size(); i++) {
        Set<String> later = new HashSet<>();
        for (int j = i + 1; j < placed.size(); j++) {
          later.add(classOf.get(placed.get(j).events().get(0)));
        }
        after.merge(
            classOf.get(placed.get(i).events().get(0)),
            later,
            (a, b) -> {
              a.addAll(b);
              return a;
            });
      }
    }

    boolean implies(Relation relation) {
      String from = classOf.get(relation.from());
      return switch (relation.type()) {
        case "SIMULTANEOUS" -> from != null && from.equals(classOf.get(relation.to()));
        case "BEFORE" ->
            from != null && after.getOrDefault(from, Set.of()).contains(classOf.get(relation.to()));
        default -> from != null && dates.getOrDefault(from, Set.of()).contains(relation.to());
      };
    }
  }
}
