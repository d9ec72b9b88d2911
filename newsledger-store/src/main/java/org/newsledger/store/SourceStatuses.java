package org.newsledger.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.facts.ClaimStatus;

/**
 * Where one ledger claim stands across its sources, the one place its status is combined: the
 * latest status change of each source in publication order (publication time, unknown first, then
 * article id, then position in the claim's history; of two changes at the same place the one
 * recorded later counts as later), combined by {@link Propositions#combine}. The store feeds it the
 * changes it keeps per source ({@link ClaimStatuses}), the {@link MemoryLedger} every change as its
 * article arrives; either way a change costs one map update, not a pass over the claim's articles.
 */
final class SourceStatuses {

  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::published)
          .thenComparingLong(Change::articleId)
          .thenComparingInt(Change::position);

  private final Map<String, Change> bySource = new HashMap<>();
  private Change latest;

  /**
   * Records that {@code by} (a source name; compared as {@link FactRows#key}) gave {@code status}
   * at {@code position} of the history of a claim in article {@code articleId}, published at {@code
   * published} (null when unknown).
   */
  void record(String by, String published, long articleId, int position, ClaimStatus status) {
    Change change = new Change(published == null ? "" : published, articleId, position, status);
    bySource.merge(FactRows.key(by), change, SourceStatuses::later);
    latest = latest == null ? change : later(latest, change);
  }

  /** The combined status, or null when no source has changed it. */
  ClaimStatus status() {
    if (latest == null) {
      return null;
    }
    List<ClaimStatus> latestPerSource = new ArrayList<>();
    for (Change change : bySource.values()) {
      latestPerSource.add(change.status());
    }
    return Propositions.combine(latestPerSource, latest.status());
  }

  /** The later of a kept change and a newly recorded one (the new one at the same place). */
  private static Change later(Change kept, Change recorded) {
    return ORDER.compare(recorded, kept) >= 0 ? recorded : kept;
  }

  private record Change(String published, long articleId, int position, ClaimStatus status) {}
}
