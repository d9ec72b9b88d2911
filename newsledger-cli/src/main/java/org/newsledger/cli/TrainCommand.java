package org.newsledger.cli;

import static org.newsledger.cli.EvalCommand.requireExisting;
import static org.newsledger.cli.EvalCommand.sharedRoot;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsledger.Newsledger;
import org.newsledger.attribution.TrainingSettings;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.eval.PolnearCorpus;
import org.newsledger.eval.PolnearTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsledger train}: learns models from gold data kept in ../shared. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train models on gold data (read from ../shared; models are never bundled).",
    subcommands = {TrainCommand.Attribution.class})
final class TrainCommand {

  /** {@code train attribution}: the learned tagger that adds contents the rules miss. */
  @Command(
      name = "attribution",
      mixinStandardHelpOptions = true,
      description =
          "Train the learned attribution tagger (a CoreNLP CRF over delexicalized features and"
              + " the rules' own findings) on a PolNeAR split.")
  static final class Attribution implements Callable<Integer> {
    @Option(
        names = "--split",
        defaultValue = "train",
        description =
            "PolNeAR split(s) to learn from, joined by commas: train or train,dev (default"
                + " ${DEFAULT-VALUE}).")
    String split;

    @Option(
        names = "--limit",
        defaultValue = "2147483647",
        description = "Learn from at most N articles.")
    int limit;

    @Option(
        names = "--iterations",
        defaultValue = "250",
        description =
            "Most quasi-Newton iterations (default ${DEFAULT-VALUE}, chosen on PolNeAR dev).")
    int iterations;

    @Option(
        names = "--encoder",
        negatable = true,
        defaultValue = "true",
        fallbackValue = "true",
        description =
            "Let the tagger also read a pretrained encoder's token states (run on the CPU;"
                + " --no-encoder for the CRF's own features alone).")
    boolean encoder;

    @Option(
        names = "--encoder-model",
        paramLabel = "NAME",
        description = "Which encoder: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
        completionCandidates = EncoderNames.class)
    String encoderModel = TrainingSettings.DEFAULT_ENCODER;

    @Option(
        names = "--threads",
        description =
            "Threads computing the CRF's gradient (default: the number of cores, here"
                + " ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "Where to write the model (.ser.gz); keep it out of the repository.")
    Path out;

    @Override
    public Integer call() {
      if (iterations < 1 || limit < 1 || threads < 1) {
        throw new NewsledgerException(
            ErrorCode.BAD_CONFIGURATION, "--iterations, --limit and --threads must be at least 1");
      }
      TrainingSettings settings =
          new TrainingSettings(
              iterations, encoder ? Optional.of(encoderModel) : Optional.empty(), threads);
      Path root = requireExisting(sharedRoot().resolve("datasets/polnear"), "PolNeAR");
      Newsledger pipeline = Newsledger.load();
      new PolnearTraining(PolnearCorpus.at(root))
          .train(split, limit, pipeline::apply, settings, out, System.out);
      return 0;
    }
  }

  /** The encoder names, for the option's help. */
  static final class EncoderNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return TrainingSettings.encoders().iterator();
    }
  }
}
