package org.newsledger.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * Options of a PolNeAR run: {@code [--split dev] [--limit N] [--baseline corenlp|corenlp-nocoref]
 * [--errors FILE]}. The CLI adds newsledger's own analyzer; {@link #main} alone runs only the
 * baseline.
 *
 * @param split train, dev or test
 * @param limit most articles to score
 * @param baseline "corenlp", "corenlp-nocoref" or null for none
 * @param errors file to write missed, spurious and wrong-source rows to (TSV), or null for none
 */
public record PolnearCommand(String split, int limit, String baseline, Path errors) {

  /** Options without an error file. */
  public PolnearCommand(String split, int limit, String baseline) {
    this(split, limit, baseline, null);
  }

  /** Parses the options; throws a BAD_CONFIGURATION error for unknown ones. */
  public static PolnearCommand parse(String... args) {
    String split = "dev";
    int limit = Integer.MAX_VALUE;
    String baseline = null;
    Path errors = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--split" -> split = require(args[i], value);
        case "--limit" -> limit = Integer.parseInt(require(args[i], value));
        case "--baseline" -> baseline = require(args[i], value);
        case "--errors" -> errors = Path.of(require(args[i], value));
        default ->
            throw new NewsledgerException(
                ErrorCode.BAD_CONFIGURATION, "unknown option '" + args[i] + "'");
      }
      i++;
    }
    return new PolnearCommand(split, limit, baseline, errors);
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new NewsledgerException(ErrorCode.BAD_CONFIGURATION, option + " needs a value");
    }
    return value;
  }

  /** Runs newsledger (when given, else null) and the chosen baseline side by side. */
  public void run(UnaryOperator<Document> newsledger, PrintStream out) {
    Map<String, UnaryOperator<Document>> systems = new LinkedHashMap<>();
    if (newsledger != null) {
      systems.put("newsledger", newsledger);
    }
    run(systems, out);
  }

  /** Runs the given systems (label to analyzer, in order) and the chosen baseline side by side. */
  public void run(Map<String, UnaryOperator<Document>> ours, PrintStream out) {
    Map<String, UnaryOperator<Document>> systems = new LinkedHashMap<>(ours);
    if (baseline != null) {
      systems.put(baselineLabel(), baselineAnalyzer());
    }
    if (errors == null) {
      PolnearEvaluation.run(split, systems, out, limit);
      return;
    }
    try (PrintStream errorRows = new PrintStream(Files.newOutputStream(errors), false, UTF_8)) {
      PolnearEvaluation.run(split, systems, out, limit, errorRows);
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "cannot write " + errors + ": " + e.getMessage(), e);
    }
  }

  private String baselineLabel() {
    return "corenlp".equals(baseline) ? "corenlp quote baseline" : "corenlp quote (no coref)";
  }

  private UnaryOperator<Document> baselineAnalyzer() {
    return switch (baseline) {
      case "corenlp" -> CoreNlpQuoteBaseline.load(true);
      case "corenlp-nocoref" -> CoreNlpQuoteBaseline.load(false);
      default ->
          throw new NewsledgerException(
              ErrorCode.BAD_CONFIGURATION,
              "unknown baseline '" + baseline + "' (corenlp, corenlp-nocoref)");
    };
  }

  /** Runs the baseline alone: {@code --baseline corenlp [--split dev] [--limit N] [--errors F]}. */
  public static void main(String[] args) {
    parse(args).run(Map.of(), System.out);
  }
}
