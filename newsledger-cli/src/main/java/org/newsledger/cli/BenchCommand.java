package org.newsledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsledger.Newsledger;
import org.newsledger.cli.bench.Analyzer;
import org.newsledger.cli.bench.BenchCorpus;
import org.newsledger.cli.bench.BenchFigures;
import org.newsledger.cli.bench.Benchmark;
import org.newsledger.cli.bench.CoreNlpBaseline;
import org.newsledger.cli.bench.IngestScaling;
import org.newsledger.cli.bench.NewsledgerAnalyzer;
import org.newsledger.cli.bench.ScalingBench;
import org.newsledger.cli.bench.ScalingCorpus;
import org.newsledger.cli.bench.SideBySide;
import org.newsledger.cli.bench.StageProfile;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.pipeline.Budget;
import org.newsledger.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsledger bench}: throughput, latency and memory, side by side with CoreNLP. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure newsledger's full analysis (articles/s, tokens/s, latency, memory),"
            + " optionally side by side with a CoreNLP baseline on the same articles.")
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      paramLabel = "DIR|FILE.jsonl",
      description = "Articles to measure on (default: wikinews intl_politics plus the seed).")
  List<Path> corpus;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: 1).")
  int threads = 1;

  @Option(
      names = "--baseline",
      paramLabel = "NAME",
      description = "corenlp-full or corenlp-tagger, alternated with newsledger.")
  String baseline;

  @Option(
      names = "--attribution-model",
      paramLabel = "FILE",
      split = ",",
      description =
          "Also measure newsledger with these learned attribution models (several, joined by"
              + " commas, are one ensemble), alternated with the rules alone.")
  List<Path> attributionModel;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "30",
      description = "Measuring time over all systems after warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "30",
      description = "Articles each system analyzes before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--stages",
      description = "Also time newsledger stage by stage (one thread) and print ms/article.")
  boolean stages;

  @Option(
      names = "--scaling",
      description =
          "Instead: analyze generated articles of each shape and size (one thread) and print"
              + " seconds and peak heap per article, then each shape's largest/next time ratio.")
  boolean scaling;

  @Option(
      names = "--sizes",
      paramLabel = "CHARS",
      split = ",",
      description = "Article sizes for --scaling, characters (default: 10000,100000,1000000).")
  List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

  @Option(
      names = "--shapes",
      paramLabel = "NAME",
      split = ",",
      description =
          "Shapes for --scaling (default: all): prose, quotes-only, no-punctuation,"
              + " no-paragraph-breaks, line-per-sentence, one-word-paragraphs, one-line.")
  List<String> shapes;

  @Option(
      names = "--ingest-scaling",
      paramLabel = "N",
      description =
          "Instead: ingest N generated articles of one story into a new store in a temporary"
              + " folder (analyzed once from --distinct base articles, then reused) and print"
              + " articles/s per block of 1,000.")
  Integer ingestScaling;

  @Option(
      names = "--distinct",
      paramLabel = "N",
      defaultValue = "200",
      description = "Base articles analyzed for --ingest-scaling (default: ${DEFAULT-VALUE}).")
  int distinct;

  private Pipeline pipeline;

  @Override
  public Integer call() {
    if (threads < 1 || seconds < 0 || warmup < 0) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "--threads must be at least 1, --seconds and --warmup not negative");
    }
    if (learned() && baseline != null) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "--attribution-model and --baseline are measured apart");
    }
    PrintStream out = System.out;
    if (scaling) {
      return scaling(out);
    }
    if (ingestScaling != null) {
      return ingestScaling(out);
    }
    List<Document> articles = BenchCorpus.read(inputs(), System.err);
    if (articles.isEmpty()) {
      throw new NewsledgerException(ErrorCode.INPUT_UNREADABLE, "the corpus holds no article");
    }
    out.printf(
        Locale.ROOT,
        "corpus: %d articles; %d thread(s); %d cores; load average %s%n",
        articles.size(),
        threads,
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    try (Benchmark benchmark =
        new Benchmark(articles, new Benchmark.Settings(threads, seconds, warmup), System.err)) {
      List<BenchFigures> figures = benchmark.run(loaders());
      SideBySide.render(figures).forEach(out::println);
      out.println(notes(figures.size()));
    }
    if (stages) {
      StageProfile.render(StageProfile.measure(pipeline, articles, 3)).forEach(out::println);
    }
    out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    return 0;
  }

  private int scaling(PrintStream out) {
    List<ScalingCorpus.Shape> chosen = new ArrayList<>();
    try {
      if (shapes == null || shapes.isEmpty()) {
        chosen.addAll(List.of(ScalingCorpus.Shape.values()));
      } else {
        shapes.forEach(name -> chosen.add(ScalingCorpus.Shape.of(name)));
      }
    } catch (IllegalArgumentException e) {
      throw new NewsledgerException(ErrorCode.BAD_CONFIGURATION, "--shapes: " + e.getMessage());
    }
    if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1)) {
      throw new NewsledgerException(ErrorCode.BAD_CONFIGURATION, "--sizes must be positive");
    }
    ScalingBench bench =
        new ScalingBench(Newsledger.builder().budget(Budget.unlimited()).build().pipeline());
    bench.warmUp();
    out.printf(
        Locale.ROOT,
        "one thread; %d cores; max heap %d MB; load average %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        loadAverage());
    out.println(ScalingBench.header());
    List<ScalingBench.Row> rows = new ArrayList<>();
    for (ScalingCorpus.Shape shape : chosen) {
      for (int size : sizes.stream().sorted().toList()) {
        rows.add(bench.measure(shape, size, out));
      }
    }
    ScalingBench.ratios(rows).forEach(out::println);
    out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    return 0;
  }

  private int ingestScaling(PrintStream out) {
    if (ingestScaling < 1 || distinct < 1) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "--ingest-scaling and --distinct must be positive");
    }
    Path folder;
    try {
      folder = Files.createTempDirectory("newsledger-ingest-scaling");
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot make a temporary folder: " + e.getMessage(), e);
    }
    out.printf(
        Locale.ROOT,
        "store in %s; %d cores; load average %s%n",
        folder,
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    new IngestScaling(Newsledger.load()).run(distinct, ingestScaling, folder, out);
    out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    return 0;
  }

  private List<Supplier<? extends Analyzer>> loaders() {
    List<Supplier<? extends Analyzer>> loaders = new ArrayList<>();
    loaders.add(this::loadNewsledger);
    if (learned()) {
      loaders.add(
          () ->
              new NewsledgerAnalyzer(
                  "newsledger+model",
                  Newsledger.builder().attributionModels(attributionModel).build().pipeline()));
    }
    if (baseline != null) {
      CoreNlpBaseline.Kind kind = CoreNlpBaseline.Kind.of(baseline);
      loaders.add(() -> CoreNlpBaseline.load(kind));
    }
    return loaders;
  }

  private boolean learned() {
    return attributionModel != null && !attributionModel.isEmpty();
  }

  private Analyzer loadNewsledger() {
    pipeline = Newsledger.load().pipeline();
    return new NewsledgerAnalyzer(pipeline);
  }

  private List<Path> inputs() {
    return corpus == null || corpus.isEmpty()
        ? BenchCorpus.defaultInputs(EvalCommand.sharedRoot())
        : corpus;
  }

  private static String notes(int systems) {
    return systems == 1
        ? "(peak heap and RSS: whole run)"
        : "(ratio = first ÷ second; the first's peak RSS is before the second loaded, the"
            + " second's is the whole process with both loaded)";
  }

  private static String loadAverage() {
    try {
      String[] fields =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
