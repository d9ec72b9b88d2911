package org.newsledger.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.spark.LocalRuns;
import org.newsledger.spark.OutputMarker;
import org.newsledger.store.IngestListener;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.LedgerStore;

/** Ingest sources that are folders of `spark analyze` output: imported, not analyzed again. */
final class SparkOutputs {

  private SparkOutputs() {}

  /** The sources that are folders of complete Spark output. */
  static List<String> in(List<String> sources) {
    return sources.stream().filter(OutputMarker::isOutput).toList();
  }

  /** Imports the folders into {@code store} with Spark on this machine. */
  static IngestSummary ingest(LedgerStore store, List<String> folders, IngestListener listener) {
    IngestSummary total = IngestSummary.empty();
    for (IngestSummary one : SparkClasses.run(() -> LocalRuns.ingest(store, folders, listener))) {
      total = plus(total, one);
    }
    return total;
  }

  /** The two summaries added up. */
  static IngestSummary plus(IngestSummary a, IngestSummary b) {
    List<IngestSummary.Failure> failures = new ArrayList<>(a.failures());
    failures.addAll(b.failures());
    return new IngestSummary(
        a.read() + b.read(),
        a.added() + b.added(),
        a.duplicates() + b.duplicates(),
        a.nearDuplicates() + b.nearDuplicates(),
        failures);
  }
}
