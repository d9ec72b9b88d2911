package org.newsledger.attribution;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * How {@link CrfContentTagger#train} learns: at most {@code iterations} quasi-Newton iterations,
 * which pretrained encoder the tagger also reads, if any (by name, see {@link #encoders}), and how
 * many threads compute the CRF's gradient (the result is the same up to the order floating-point
 * sums are taken in).
 */
public record TrainingSettings(int iterations, Optional<String> encoder, int threads) {

  /** The encoder a model reads unless the trainer names another. */
  public static final String DEFAULT_ENCODER = ContextEncoder.MINILM;

  /**
   * Rejects fewer than one iteration or thread, and an encoder that cannot be loaded (a one-line
   * {@link org.newsledger.core.NewsledgerException}).
   */
  public TrainingSettings {
    requireNonNull(encoder, "encoder is null");
    if (iterations < 1 || threads < 1) {
      throw new IllegalArgumentException("iterations and threads must be at least 1");
    }
    encoder.ifPresent(ContextEncoder::requireKnown);
  }

  /** The names of the encoders a model may read. */
  public static Set<String> encoders() {
    return ContextEncoder.names();
  }
}
