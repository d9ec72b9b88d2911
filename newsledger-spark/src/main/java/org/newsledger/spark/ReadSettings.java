package org.newsledger.spark;

import java.io.Serializable;
import org.newsledger.io.ReadOptions;

/**
 * How executors read articles, as a serializable value ({@link ReadOptions} is built from it where
 * the reading happens).
 *
 * @param published publication date for articles that state none, or null
 * @param maxBytes largest input file read, in bytes
 */
public record ReadSettings(String published, long maxBytes) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates the values as {@link ReadOptions} does. */
  public ReadSettings {
    new ReadOptions(published, maxBytes);
  }

  /** No date override, the default size limit. */
  public static ReadSettings defaults() {
    return new ReadSettings(null, ReadOptions.DEFAULT_MAX_BYTES);
  }

  /** The read options these settings stand for. */
  public ReadOptions options() {
    return new ReadOptions(published, maxBytes);
  }
}
