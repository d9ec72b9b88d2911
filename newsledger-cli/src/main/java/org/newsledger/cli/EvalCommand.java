package org.newsledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.newsledger.Newsledger;
import org.newsledger.attribution.CrfContentTagger;
import org.newsledger.attribution.EnsembleTagger;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.eval.AttributionEval;
import org.newsledger.eval.PolnearAblation;
import org.newsledger.eval.PolnearCommand;
import org.newsledger.eval.factuality.FactualityEval;
import org.newsledger.eval.html.HtmlExtractionEval;
import org.newsledger.eval.html.HtmlExtractors;
import org.newsledger.eval.html.HtmlGold;
import org.newsledger.eval.ledger.EcbEventCorefEval;
import org.newsledger.eval.ledger.EcbStoriesEval;
import org.newsledger.eval.ledger.TimelineEval;
import org.newsledger.eval.plover.EventCoverage;
import org.newsledger.eval.plover.PloverEval;
import org.newsledger.eval.plover.PloverRecords;
import org.newsledger.eval.quantities.QuantityEval;
import org.newsledger.eval.time.TempEvalEvaluation;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsledger eval}: prints quality figures on gold sets kept in ../shared. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate on gold data (read from ../shared, never bundled).",
    subcommands = {
      EvalCommand.Attribution.class,
      EvalCommand.Polnear.class,
      EvalCommand.Times.class,
      EvalCommand.Quantities.class,
      EvalCommand.Plover.class,
      EvalCommand.Stories.class,
      EvalCommand.EventsCoref.class,
      EvalCommand.Factuality.class,
      EvalCommand.TimelineTask.class,
      EvalCommand.Html.class
    })
final class EvalCommand {

  /** The --model-confidence value, checked to lie in [0, 1] (null: the models' default). */
  static Double checkedConfidence(Double confidence) {
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "--model-confidence must lie between 0 and 1, not " + confidence);
    }
    return confidence;
  }

  /** How the help gives the default --model-confidence. */
  static final String DEFAULT_CONFIDENCE =
      " Default: "
          + CrfContentTagger.DEFAULT_MIN_CONFIDENCE
          + " for one model, "
          + EnsembleTagger.DEFAULT_MIN_CONFIDENCE
          + " for several, chosen on PolNeAR dev.";

  /** Folder holding the shared datasets: -Dnewsledger.shared or ../shared. */
  static Path sharedRoot() {
    String configured = System.getProperty("newsledger.shared");
    return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
  }

  /** Reads an article file as the analyze command does (title line, dateline, HTML). */
  static Document readArticle(Path path) {
    try (ArticleSource source = ArticleSource.open(path.toString(), ReadOptions.defaults())) {
      ReadResult read = source.next();
      if (read.error() != null) {
        throw new NewsledgerException(ErrorCode.INPUT_UNREADABLE, read.error());
      }
      return read.document();
    }
  }

  static Path requireExisting(Path path, String what) {
    if (!Files.exists(path)) {
      throw new NewsledgerException(ErrorCode.INPUT_UNREADABLE, what + " not found: " + path);
    }
    return path;
  }

  /** An evaluation over gold files of the seed-gold form: files in, figures printed. */
  abstract static class GoldFiles implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD.json", description = "Gold files.")
    List<Path> golds;

    /** Scores the gold files with the analysis pipeline, printing to standard output. */
    abstract void score(List<Path> goldFiles, Newsledger pipeline);

    @Override
    public Integer call() {
      golds.forEach(gold -> requireExisting(gold, "gold file"));
      score(golds, pipeline());
      return 0;
    }

    /** The pipeline scored: the default one unless a command says otherwise. */
    Newsledger pipeline() {
      return Newsledger.load();
    }
  }

  /** {@code eval attribution GOLD.json...}: scored exactly as score_attributions.py does. */
  @Command(
      name = "attribution",
      mixinStandardHelpOptions = true,
      description =
          "Score attributions against gold files like ../shared/eval/attribution/*.gold.json.")
  static final class Attribution extends GoldFiles {
    @Option(
        names = "--attribution-model",
        paramLabel = "FILE",
        split = ",",
        description =
            "Score rules + this learned model (from 'newsledger train attribution') instead of"
                + " the rules alone; several, joined by commas, are read as one ensemble.")
    List<Path> attributionModel;

    @Option(
        names = "--model-confidence",
        paramLabel = "P",
        description =
            "With --attribution-model: the least mean content probability of a learned content."
                + DEFAULT_CONFIDENCE)
    Double modelConfidence;

    @Override
    Newsledger pipeline() {
      return Newsledger.builder()
          .attributionModels(attributionModel)
          .modelConfidence(checkedConfidence(modelConfidence))
          .build();
    }

    @Override
    void score(List<Path> goldFiles, Newsledger pipeline) {
      new AttributionEval(EvalCommand::readArticle, pipeline::apply).run(goldFiles, System.out);
    }
  }

  /** {@code eval polnear}: PolNeAR attribution figures, with the CoreNLP baseline beside them. */
  @Command(
      name = "polnear",
      mixinStandardHelpOptions = true,
      description = "Score attributions on PolNeAR (../shared/datasets/polnear).")
  static final class Polnear implements Callable<Integer> {
    @Option(
        names = "--split",
        defaultValue = "dev",
        description = "train, dev or test (default ${DEFAULT-VALUE}).")
    String split;

    @Option(
        names = "--limit",
        defaultValue = "2147483647",
        description = "Score at most N articles.")
    int limit;

    @Option(
        names = "--baseline",
        description = "Also run a peer on the same articles: corenlp or corenlp-nocoref.")
    String baseline;

    @Option(
        names = "--errors",
        paramLabel = "FILE",
        description = "Write missed, spurious and wrong-source attributions to FILE (TSV).")
    Path errors;

    @Option(
        names = "--attribution-model",
        paramLabel = "FILE",
        split = ",",
        description =
            "Also score rules + this learned model (from 'newsledger train attribution'), in a"
                + " row of its own; several, joined by commas, are read as one ensemble.")
    List<Path> attributionModel;

    @Option(
        names = "--model-confidence",
        paramLabel = "P",
        split = ",",
        description =
            "With --attribution-model: the least mean content probability of a learned content;"
                + " several values, joined by commas, give a row each."
                + DEFAULT_CONFIDENCE)
    List<Double> modelConfidence = new ArrayList<>();

    @Option(
        names = "--ablate",
        description =
            "Score the rules with each one switched off in turn (content F1 without it, and the"
                + " change), on the split (default dev).")
    boolean ablate;

    @Override
    public Integer call() {
      requireExisting(sharedRoot().resolve("datasets/polnear"), "PolNeAR");
      if (ablate) {
        PolnearAblation.run(split, limit, Newsledger.load().pipeline(), System.out);
        return 0;
      }
      Map<String, UnaryOperator<Document>> systems = new LinkedHashMap<>();
      systems.put("newsledger", Newsledger.load()::apply);
      if (attributionModel != null && !attributionModel.isEmpty()) {
        List<Double> confidences =
            modelConfidence.isEmpty() ? Collections.singletonList(null) : modelConfidence;
        for (Double confidence : confidences) {
          systems.put(
              confidences.size() == 1
                  ? "newsledger + model"
                  : String.format(java.util.Locale.ROOT, "newsledger + model >= %.2f", confidence),
              Newsledger.builder()
                      .attributionModels(attributionModel)
                      .modelConfidence(checkedConfidence(confidence))
                      .build()
                  ::apply);
        }
      }
      new PolnearCommand(split, limit, baseline, errors).run(systems, System.out);
      return 0;
    }
  }

  /** {@code eval times}: TIMEX3 recognition and normalization on TempEval-3. */
  @Command(
      name = "times",
      mixinStandardHelpOptions = true,
      description = "Score time expressions on TempEval-3 (../shared/datasets/tempeval3).")
  static final class Times implements Callable<Integer> {
    @Option(
        names = "--data",
        description = "Folder of .tml files (default: the TempEval-3 platinum test set).")
    Path data;

    @Override
    public Integer call() {
      Path folder =
          data != null ? data : sharedRoot().resolve("datasets/tempeval3/Evaluation/te3-platinum");
      requireExisting(folder, "TempEval-3 data");
      Newsledger pipeline = Newsledger.load();
      TempEvalEvaluation.evaluate(pipeline::apply, folder, System.out);
      return 0;
    }
  }

  /** {@code eval quantities GOLD.json...}: quantities against the gold files' "quantities". */
  @Command(
      name = "quantities",
      mixinStandardHelpOptions = true,
      description =
          "Score quantities against gold files like ../shared/eval/attribution/*.gold.json.")
  static final class Quantities extends GoldFiles {
    @Override
    void score(List<Path> goldFiles, Newsledger pipeline) {
      new QuantityEval(EvalCommand::readArticle, pipeline::apply).run(goldFiles, System.out);
    }
  }

  /** {@code eval plover}: event type accuracy and macro-F1 on the PLOVER gold records. */
  @Command(
      name = "plover",
      mixinStandardHelpOptions = true,
      description = "Score event coding on the PLOVER gold records (../shared/datasets/plover).")
  static final class Plover implements Callable<Integer> {
    @Option(
        names = "--data",
        description = "The gold records file (default: the one in ../shared).")
    Path data;

    @Option(
        names = "--coverage",
        paramLabel = "FOLDER",
        description =
            "Instead, analyze the .txt articles of FOLDER and print the share of events with an"
                + " actor, a target and both.")
    Path coverage;

    @Override
    public Integer call() throws IOException {
      Newsledger pipeline = Newsledger.load();
      if (coverage != null) {
        requireExisting(coverage, "article folder");
        try (Stream<Path> files = Files.list(coverage)) {
          List<Document> docs =
              files
                  .filter(f -> f.toString().endsWith(".txt"))
                  .sorted()
                  .map(f -> pipeline.apply(readArticle(f)))
                  .toList();
          EventCoverage.of(docs).print(System.out);
        }
        return 0;
      }
      Path gold = data != null ? data : sharedRoot().resolve(PloverRecords.SHARED_PATH);
      requireExisting(gold, "PLOVER gold records");
      PloverEval.run(gold, pipeline::apply, System.out);
      return 0;
    }
  }

  /** {@code eval stories}: sub-topic clustering of ECB+ by the incremental story clusterer. */
  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description =
          "B-cubed F1 and V-measure of story clustering on ECB+ (../shared/datasets/ecbplus).")
  static final class Stories implements Callable<Integer> {
    @Option(
        names = "--analyze",
        description = "Run the full pipeline on each document for its entities.")
    boolean analyze;

    @Option(
        names = "--seed",
        defaultValue = "2014",
        description =
            "Arrival-order shuffle seed; negative keeps corpus order (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
      Path corpus = requireExisting(sharedRoot().resolve("datasets/ecbplus"), "ECB+");
      EcbStoriesEval eval = EcbStoriesEval.of(corpus).withSeed(seed);
      if (analyze) {
        eval = eval.withAnalyzer(Newsledger.load()::apply);
      }
      eval.run(System.out);
      return 0;
    }
  }

  /** {@code eval events-coref}: cross-document event coreference on ECB+ test topics 36-45. */
  @Command(
      name = "events-coref",
      mixinStandardHelpOptions = true,
      description = "MUC, B-cubed, CEAF-e and CoNLL F1 of event coreference on ECB+ topics 36-45.")
  static final class EventsCoref implements Callable<Integer> {
    @Override
    public Integer call() {
      Path corpus = requireExisting(sharedRoot().resolve("datasets/ecbplus"), "ECB+");
      EcbEventCorefEval.of(corpus).run(System.out);
      return 0;
    }
  }

  /** {@code eval factuality}: predicate factuality judgments against gold (MEANTIME and UW). */
  @Command(
      name = "factuality",
      mixinStandardHelpOptions = true,
      description =
          "MAE and Pearson r of newsledger's factuality (negation, modality, hedges) on every gold"
              + " event token (../shared/datasets/factuality-unified).")
  static final class Factuality implements Callable<Integer> {
    @Option(
        names = "--part",
        defaultValue = "test",
        description = "test or dev (default ${DEFAULT-VALUE}).")
    String part;

    @Override
    public Integer call() {
      Path root =
          requireExisting(sharedRoot().resolve(FactualityEval.SHARED_PATH), "factuality data");
      FactualityEval.run(root, part, Newsledger.load()::apply, System.out);
      return 0;
    }
  }

  /** {@code eval timeline}: SemEval-2015 TimeLine (Track A) entity timelines built from a store. */
  @Command(
      name = "timeline",
      mixinStandardHelpOptions = true,
      description =
          "SemEval-2015 TimeLine F1 of entity timelines (../shared/datasets/semeval2015-timeline).")
  static final class TimelineTask implements Callable<Integer> {
    @Option(
        names = "--out",
        paramLabel = "FOLDER",
        description = "Also write the system timelines here.")
    Path out;

    @Override
    public Integer call() {
      Path root =
          requireExisting(
              sharedRoot().resolve(TimelineEval.SHARED_PATH), "SemEval-2015 TimeLine data");
      TimelineEval eval = TimelineEval.of(root, Newsledger.load()::apply);
      (out != null ? eval.writingTo(out) : eval).run(System.out);
      return 0;
    }
  }

  /** {@code eval html}: article body, headline and date extraction on the html-extraction set. */
  @Command(
      name = "html",
      mixinStandardHelpOptions = true,
      description =
          "Body P/R/F1 (word 4-gram shingles, as score.py), exact match, headline and date"
              + " accuracy of newsledger's HTML reader and peer libraries, per source dataset"
              + " (../shared/datasets/html-extraction).")
  static final class Html implements Callable<Integer> {
    @Option(
        names = "--source",
        paramLabel = "S",
        split = ",",
        description = "Only pages of these source datasets (e.g. dragnet).")
    List<String> sources = new ArrayList<>();

    @Option(
        names = "--extractor",
        paramLabel = "NAME",
        split = ",",
        description =
            "Only these extractors (default: all of newsledger, readability4j,"
                + " readability4j-ext, boilerpipe).")
    List<String> extractors = new ArrayList<>();

    @Option(
        names = "--errors",
        paramLabel = "FILE",
        description = "Write per-page figures of every extractor to FILE (TSV).")
    Path errors;

    @Option(
        names = "--predictions",
        paramLabel = "DIR",
        description = "Write each extractor's bodies to DIR/NAME.jsonl (the input of score.py).")
    Path predictions;

    @Override
    public Integer call() {
      Path root =
          requireExisting(sharedRoot().resolve(HtmlGold.SHARED_PATH), "html-extraction set");
      for (String name : extractors) {
        if (!HtmlExtractors.names().contains(name)) {
          throw new NewsledgerException(
              ErrorCode.BAD_CONFIGURATION,
              "unknown extractor: "
                  + name
                  + " (known: "
                  + String.join(", ", HtmlExtractors.names())
                  + ")");
        }
      }
      new HtmlExtractionEval(root, sources, errors, predictions).run(extractors, System.out);
      return 0;
    }
  }
}
