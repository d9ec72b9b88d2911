package org.newsledger.cli;

import java.time.Duration;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.pipeline.Budget;
import picocli.CommandLine.Option;

/** The per-article budget options shared by the commands that analyze. */
final class BudgetOptions {

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description =
          "Analyze at most the first N characters of an article; the rest is dropped with a"
              + " 'truncated' diagnostic (default: "
              + Budget.DEFAULT_MAX_CHARS
              + ").")
  int maxChars = Budget.DEFAULT_MAX_CHARS;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      description =
          "Stop an article's analysis after this long with a 'timed_out' diagnostic; 0 for no"
              + " limit (default: 300).")
  long timeLimitSeconds = Budget.DEFAULT_TIME_LIMIT.toSeconds();

  /** The budget the options give; a one-line error for bad values. */
  Budget budget() {
    if (maxChars < 1 || timeLimitSeconds < 0) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "--max-chars must be positive and --time-limit not negative");
    }
    return new Budget(maxChars, Duration.ofSeconds(timeLimitSeconds));
  }
}
