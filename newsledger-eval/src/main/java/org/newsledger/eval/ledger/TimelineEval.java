package org.newsledger.eval.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsledger.core.Document;
import org.newsledger.eval.ledger.TemporalAwareness.Counts;
import org.newsledger.eval.ledger.TimelineCorpus.TimelineDocument;
import org.newsledger.store.EventTimes;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.TimelineEvent;

/**
 * SemEval-2015 Task 4 (TimeLine, Track A): ingests each corpus into a temporary store, takes each
 * target entity's timeline from the store (events whose actor or target is that entity, in event
 * time order, anchored to the event's date, else to the article's publication date), writes it in
 * the task's format and scores it with {@link TemporalAwareness}, micro-averaged over timelines.
 */
public final class TimelineEval {

  /** Where the data lives under the shared folder. */
  public static final String SHARED_PATH = "datasets/semeval2015-timeline";

  private final Path root;
  private final UnaryOperator<Document> analyzer;
  private final Path output;

  private TimelineEval(Path root, UnaryOperator<Document> analyzer, Path output) {
    this.root = requireNonNull(root, "root is null");
    this.analyzer = requireNonNull(analyzer, "analyzer is null");
    this.output = output;
  }

  /** An evaluation of the corpora under {@code root} with the analyzer (the full pipeline). */
  public static TimelineEval of(Path root, UnaryOperator<Document> analyzer) {
    return new TimelineEval(root, analyzer, null);
  }

  /** A copy writing the system timelines into {@code folder}/corpus/entity.txt. */
  public TimelineEval writingTo(Path folder) {
    return new TimelineEval(root, analyzer, requireNonNull(folder, "folder is null"));
  }

  /** Scores every corpus folder, printing per-corpus and overall figures; returns them. */
  public Figures run(PrintStream out) {
    Map<String, Counts> corpora = new LinkedHashMap<>();
    Counts overall = Counts.ZERO;
    for (Path folder : corpusFolders()) {
      TimelineCorpus corpus = TimelineCorpus.read(folder);
      Counts counts = score(corpus);
      corpora.put(corpus.name(), counts);
      overall = overall.plus(counts);
      print(out, corpus.name(), counts);
    }
    print(out, "overall", overall);
    return new Figures(corpora, overall);
  }

  private Counts score(TimelineCorpus corpus) {
    Map<String, TimelineDocument> byId =
        corpus.documents().stream()
            .collect(Collectors.toMap(TimelineDocument::docId, Function.identity(), (a, b) -> a));
    Counts counts = Counts.ZERO;
    Path temp = temporaryFolder();
    try (LedgerStore store = LedgerStore.open(temp.resolve("timeline.db"))) {
      ingest(store, corpus.documents());
      for (String target : corpus.targets()) {
        Timeline gold = corpus.gold().get(target.toLowerCase(Locale.ROOT));
        if (gold != null) {
          Timeline system = timeline(target, store.timeline(target), byId);
          write(corpus.name(), system);
          counts = counts.plus(TemporalAwareness.score(gold, system));
        }
      }
    } finally {
      delete(temp);
    }
    return counts;
  }

  private void ingest(LedgerStore store, List<TimelineDocument> documents) {
    store.beginBatch();
    for (TimelineDocument document : documents) {
      try {
        store.put(analyzer.apply(document.document()));
      } catch (RuntimeException e) {
        // One document the pipeline cannot handle costs its events, not the corpus.
      }
    }
    store.commitBatch();
  }

  /** The entity's timeline: one position per anchor date in order, undated events at 0. */
  static Timeline timeline(
      String entity, List<TimelineEvent> events, Map<String, TimelineDocument> documents) {
    TreeMap<String, Set<String>> dated =
        new TreeMap<>(
            Comparator.comparing((String date) -> date.replace('X', '0'))
                .thenComparing(date -> date));
    Set<String> undated = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (TimelineEvent event : events) {
      TimelineDocument document = documents.get(event.docId());
      if (document == null) {
        continue;
      }
      String mention = document.mentionId(event.triggerSpan().begin());
      if (!seen.add(mention)) {
        continue;
      }
      String day = event.eventDay() != null ? event.eventDay() : EventTimes.day(event.published());
      if (day == null) {
        undated.add(mention);
      } else {
        dated.computeIfAbsent(anchor(day), key -> new LinkedHashSet<>()).add(mention);
      }
    }
    List<Timeline.Line> lines = new ArrayList<>();
    undated.forEach(
        mention -> lines.add(new Timeline.Line(0, Timeline.UNKNOWN_DATE, List.of(mention))));
    dated.forEach(
        (date, mentions) ->
            lines.add(
                new Timeline.Line(lines.size() + 1 - undated.size(), date, List.copyOf(mentions))));
    return new Timeline(entity, lines);
  }

  /** A calendar value in the task's form: "2007" gives "2007-XX-XX", "2007-10" "2007-10-XX". */
  static String anchor(String day) {
    return switch (day.length()) {
      case 4 -> day + "-XX-XX";
      case 7 -> day + "-XX";
      default -> day.substring(0, 10);
    };
  }

  private void write(String corpus, Timeline timeline) {
    if (output == null) {
      return;
    }
    String file = timeline.entity().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
    try {
      Files.createDirectories(output.resolve(corpus));
      Files.writeString(output.resolve(corpus).resolve(file + ".txt"), timeline.format(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write timeline " + file, e);
    }
  }

  private List<Path> corpusFolders() {
    try (Stream<Path> folders = Files.list(root)) {
      return folders
          .filter(Files::isDirectory)
          .filter(f -> f.getFileName().toString().startsWith("corpus"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static void print(PrintStream out, String name, Counts counts) {
    out.printf(
        Locale.ROOT,
        "%-10s relations sys %5d gold %5d  P %6.2f  R %6.2f  F1 %6.2f%n",
        name,
        counts.systemTotal(),
        counts.goldTotal(),
        100 * counts.precision(),
        100 * counts.recall(),
        100 * counts.f1());
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("newsledger-timeline");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  /**
   * The figures of a run.
   *
   * @param corpora counts per corpus folder, in folder order
   * @param overall the counts summed over corpora
   */
  public record Figures(Map<String, Counts> corpora, Counts overall) {

    /** Copies the map. */
    public Figures {
      corpora = Map.copyOf(corpora);
    }
  }
}
