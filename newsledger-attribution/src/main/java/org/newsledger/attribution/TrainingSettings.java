package org.newsledger.attribution;

/**
 * How {@link CrfContentTagger#train} learns: at most {@code iterations} quasi-Newton iterations,
 * whether the tagger also reads the pretrained encoder, and how many threads compute the CRF's
 * gradient (the result is the same up to the order floating-point sums are taken in).
 */
public record TrainingSettings(int iterations, boolean encoder, int threads) {

  /** Rejects fewer than one iteration or thread. */
  public TrainingSettings {
    if (iterations < 1 || threads < 1) {
      throw new IllegalArgumentException("iterations and threads must be at least 1");
    }
  }
}
