package org.newsledger.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.io.ReadOptions;

/**
 * The arguments of the spark-submit entry points: {@code --out DIR} (required), {@code --published
 * DATE}, {@code --partitions N}, {@code --attribution-model PATH} (repeatable), {@code
 * --model-confidence X}, then the inputs.
 *
 * @param inputs the input paths
 * @param out the output folder
 * @param published publication date for articles that state none, or null
 * @param partitions input partitions, or 0 for the default
 * @param models learned attribution models
 * @param modelConfidence the models' confidence, or null
 */
public record JobArguments(
    List<String> inputs,
    String out,
    String published,
    int partitions,
    List<String> models,
    Double modelConfidence) {

  /** Copies the lists. */
  public JobArguments {
    inputs = List.copyOf(inputs);
    models = List.copyOf(models);
  }

  /** Parses the arguments; a mistake is a one-line {@link ErrorCode#BAD_CONFIGURATION} error. */
  public static JobArguments parse(String... args) {
    List<String> inputs = new ArrayList<>();
    List<String> models = new ArrayList<>();
    String out = null;
    String published = null;
    int partitions = 0;
    Double confidence = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--out" -> out = value(args, ++i, arg);
        case "--published" -> published = value(args, ++i, arg);
        case "--partitions" -> partitions = number(value(args, ++i, arg), arg);
        case "--attribution-model" -> models.add(value(args, ++i, arg));
        case "--model-confidence" -> confidence = Double.valueOf(value(args, ++i, arg));
        default -> {
          if (arg.startsWith("--")) {
            throw bad("unknown option " + arg);
          }
          inputs.add(arg);
        }
      }
    }
    if (out == null || inputs.isEmpty()) {
      throw bad("usage: --out DIR [--published DATE] [--partitions N] INPUT...");
    }
    return new JobArguments(inputs, out, published, partitions, models, confidence);
  }

  /** The analysis these arguments ask for. */
  public AnalyzeSettings analyzeSettings() {
    return new AnalyzeSettings(
        inputs,
        out,
        new ReadSettings(published, ReadOptions.DEFAULT_MAX_BYTES),
        new EngineSettings(models, modelConfidence),
        partitions);
  }

  /** One line about a finished analysis. */
  public static String describe(AnalyzeSummary summary) {
    return String.format(
        Locale.ROOT,
        "analyzed %d articles, %d failed, in %.1f s (%.2f articles/s)",
        summary.articles(),
        summary.failed(),
        summary.seconds(),
        summary.articlesPerSecond());
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw bad(option + " needs a value");
    }
    return args[index];
  }

  private static int number(String value, String option) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw bad(option + " needs a whole number: " + value);
    }
  }

  private static NewsledgerException bad(String message) {
    return new NewsledgerException(ErrorCode.BAD_CONFIGURATION, message);
  }
}
