package org.newsledger.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsledger.BatchSummary;
import org.newsledger.Newsledger;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.DocumentJson;
import org.newsledger.io.DocumentText;
import org.newsledger.io.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsledger analyze}: one article in, one source-attributed record out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Analyze articles: plain text (first line = headline), .jsonl, .html, RSS/Atom feeds,"
            + " WARC files, folders of these and http(s) URLs; '-' reads standard input.")
final class AnalyzeCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    json,
    jsonl,
    text
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to analyze.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      description =
          "json (pretty; an array for several articles), jsonl or text. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date YYYY-MM-DD[THH:MM] for articles that state none.")
  String published;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Analysis threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress messages.")
  boolean quiet;

  @Option(
      names = "--attribution-model",
      paramLabel = "FILE",
      split = ",",
      description =
          "A learned attribution model (from 'newsledger train attribution') that adds the"
              + " contents the rules miss; several, joined by commas, are read as one ensemble."
              + " Default: rules only.")
  List<Path> attributionModel;

  @Option(
      names = "--model-confidence",
      paramLabel = "P",
      description =
          "With --attribution-model: keep a learned content only where the model's mean content"
              + " probability is at least P, in [0, 1]; higher trades recall for precision."
              + EvalCommand.DEFAULT_CONFIDENCE)
  Double modelConfidence;

  @Mixin BudgetOptions budget = new BudgetOptions();

  @Option(
      names = "--stats",
      description = "Print model load time, articles/s and peak heap on standard error at the end.")
  boolean stats;

  @Override
  public Integer call() {
    ReadOptions options = new ReadOptions(published);
    Progress progress = new Progress(System.err, !quiet && Progress.terminalAttached());
    progress.message("Loading models ...");
    long start = System.nanoTime();
    Newsledger engine =
        Newsledger.builder()
            .attributionModels(attributionModel)
            .modelConfidence(EvalCommand.checkedConfidence(modelConfidence))
            .threads(threads)
            .budget(budget.budget())
            .build();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    progress.message(String.format(Locale.ROOT, "Models loaded in %.1f s", loadSeconds));
    long analysisStart = System.nanoTime();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    ResultWriter writer = new ResultWriter(out, format, manyArticles());
    int total = manyArticles() ? 0 : inputs.size();
    int[] done = {0};
    int[] empty = {0};
    BatchSummary summary;
    try {
      summary =
          engine.analyzeAll(
              inputs,
              options,
              outcome -> {
                if (outcome.error() != null) {
                  System.err.println("newsledger: " + outcome.error());
                } else if (isEmpty(outcome.document())) {
                  System.err.println("newsledger: " + outcome.label() + ": no text to analyze");
                  empty[0]++;
                } else {
                  writer.write(outcome.document());
                }
                progress.update(++done[0], total);
              });
    } finally {
      writer.close();
    }
    progress.finish();
    if (stats) {
      RunStats.print(
          System.err,
          loadSeconds,
          summary.analyzed(),
          (System.nanoTime() - analysisStart) / 1e9,
          threads);
    }
    return summary.failed() + empty[0] > 0 ? ErrorCode.INPUT_UNREADABLE.exitStatus() : 0;
  }

  /** True for an input with no text at all, which readers mark "empty_input". */
  private static boolean isEmpty(org.newsledger.core.Document doc) {
    return doc.text().isBlank()
        && doc.diagnostics().stream().anyMatch(d -> d.code().equals("empty_input"));
  }

  /** True unless the one input is one article: JSON output is then an array. */
  private boolean manyArticles() {
    return inputs.size() > 1 || !ArticleSource.holdsOneArticle(inputs.get(0));
  }

  /** Writes analyzed documents in the chosen format. */
  private static final class ResultWriter {
    private final Writer out;
    private final Format format;
    private final boolean array;
    private int written;

    ResultWriter(Writer out, Format format, boolean many) {
      this.out = out;
      this.format = format;
      this.array = many && format == Format.json;
    }

    void write(org.newsledger.core.Document doc) {
      try {
        switch (format) {
          case json ->
              out.write(
                  (array ? (written == 0 ? "[\n" : ",\n") : "")
                      + DocumentJson.write(doc, true)
                      + (array ? "" : "\n"));
          case jsonl -> out.write(DocumentJson.write(doc, false) + "\n");
          case text ->
              out.write(
                  (written == 0 ? "" : "\n" + "=".repeat(72) + "\n\n") + DocumentText.render(doc));
        }
        written++;
        out.flush();
      } catch (IOException e) {
        throw outputFailed(e.getMessage());
      }
      checkOutput();
    }

    /** Standard output swallows write errors; its error flag shows them. */
    private static void checkOutput() {
      if (System.out.checkError()) {
        throw outputFailed("standard output could not be written (full disk or closed pipe?)");
      }
    }

    private static NewsledgerException outputFailed(String reason) {
      return new NewsledgerException(ErrorCode.OUTPUT_FAILED, "cannot write the output: " + reason);
    }

    void close() {
      try {
        if (array) {
          out.write(written == 0 ? "[]\n" : "\n]\n");
        }
        out.flush();
      } catch (IOException e) {
        throw outputFailed(e.getMessage());
      }
      checkOutput();
    }
  }
}
