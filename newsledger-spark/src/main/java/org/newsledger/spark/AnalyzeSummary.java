package org.newsledger.spark;

/**
 * What an analysis job did.
 *
 * @param articles articles analyzed and written
 * @param failed inputs or articles that became a diagnostics row instead
 * @param seconds wall-clock time of the job, from listing the inputs to the last table written
 */
public record AnalyzeSummary(long articles, long failed, double seconds) {

  /** Articles analyzed per second of the whole job. */
  public double articlesPerSecond() {
    return seconds <= 0 ? 0 : articles / seconds;
  }
}
