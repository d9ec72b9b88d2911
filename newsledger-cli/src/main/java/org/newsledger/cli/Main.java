package org.newsledger.cli;

import java.io.PrintWriter;
import org.newsledger.Newsledger;
import org.newsledger.core.NewsledgerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newsledger} command. */
@Command(
    name = "newsledger",
    mixinStandardHelpOptions = true,
    version = "newsledger 0.1.0",
    description = "Turns news articles into a ledger: who said what, through whom, when and where.",
    subcommands = {
      AnalyzeCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      LedgerCommands.Ingest.class,
      LedgerCommands.Search.class,
      LedgerCommands.WhoSaid.class,
      LedgerCommands.Stories.class,
      LedgerCommands.Timeline.class,
      LedgerCommands.Claims.class,
      DemoCommand.class,
      ServeCommand.class,
      SparkCommand.class
    })
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status (for tests). */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(Main::handleFailure);
    commandLine.setParameterExceptionHandler(Main::handleBadParameters);
    return commandLine.execute(args);
  }

  private static int handleFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof NewsledgerException known) {
      err.println("newsledger: " + known.getMessage());
      return known.code().exitStatus();
    }
    err.println(
        "newsledger: internal error: "
            + Newsledger.oneLine(e)
            + " (set NEWSLEDGER_DEBUG=1 for details)");
    if (System.getenv("NEWSLEDGER_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return 70;
  }

  private static int handleBadParameters(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("newsledger: " + e.getMessage());
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    return 64;
  }
}
