package org.newsledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.spark.JobArguments;
import org.newsledger.spark.LocalRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsledger spark}: the analysis on Apache Spark, into Parquet tables. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = "Run newsledger on Apache Spark (bin/newsledger puts Spark on the class path).",
    subcommands = {SparkCommand.Analyze.class, SparkCommand.Ledger.class})
final class SparkCommand implements Runnable {

  /** {@code --master}, shared by the Spark commands. */
  static final class Master {
    @Option(
        names = "--master",
        defaultValue = "local[*]",
        paramLabel = "URL",
        description = "Spark master. Default: ${DEFAULT-VALUE}.")
    String url;
  }

  @Override
  public void run() {
    throw new NewsledgerException(
        ErrorCode.BAD_CONFIGURATION,
        "name a Spark command: newsledger spark analyze --help, newsledger spark ledger --help");
  }

  /** {@code newsledger spark analyze}: analyze inputs with Spark into Parquet tables. */
  @Command(
      name = "analyze",
      mixinStandardHelpOptions = true,
      description =
          "Analyze text folders, .jsonl, WARC/WARC.gz or Parquet (id, url, published, title,"
              + " text) from any Hadoop path into Parquet tables partitioned by date.")
  static final class Analyze implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    String out;

    @Mixin Master master = new Master();

    @Option(
        names = "--published",
        paramLabel = "DATE",
        description = "Publication date YYYY-MM-DD[THH:MM] for articles that state none.")
    String published;

    @Option(
        names = "--partitions",
        paramLabel = "N",
        description =
            "Partitions of the articles (default: one to four per core, one per 8 MB of input).")
    int partitions;

    @Option(
        names = "--attribution-model",
        split = ",",
        paramLabel = "FILE",
        description = "Learned attribution model(s), as for analyze.")
    List<String> models = new ArrayList<>();

    @Option(
        names = "--model-confidence",
        paramLabel = "X",
        description = "Confidence of the learned contents.")
    Double modelConfidence;

    @Override
    public Integer call() {
      JobArguments arguments =
          new JobArguments(inputs, out, published, partitions, models, modelConfidence);
      System.out.println(SparkClasses.run(() -> LocalRuns.analyze(master.url, arguments)));
      return 0;
    }
  }

  /** {@code newsledger spark ledger}: the cross-article ledger of analysis output, into Parquet. */
  @Command(
      name = "ledger",
      mixinStandardHelpOptions = true,
      description =
          "Build the cross-article ledger (entities, stories, events, claims and their status"
              + " over time) of 'spark analyze' output folders, in order, into Parquet tables:"
              + " the ledger 'ingest' builds from the same articles.")
  static final class Ledger implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Analysis output folders.")
    List<String> folders;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Ledger folder.")
    String out;

    @Mixin Master master = new Master();

    @Override
    public Integer call() {
      System.out.println(SparkClasses.run(() -> LocalRuns.ledger(master.url, folders, out)));
      return 0;
    }
  }
}
