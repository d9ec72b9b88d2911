package org.newsledger.io;

import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * How articles are read.
 *
 * @param published publication date ("2024-05-07") or date-time ("2024-05-07T09:04") to use when an
 *     article states none, or null
 * @param maxBytes largest file (or JSON line) read, in bytes
 */
public record ReadOptions(String published, long maxBytes) {

  /** Default size limit: 50 MB (MiB). */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /** Validates the fields; a bad date is a {@link ErrorCode#BAD_CONFIGURATION} error. */
  public ReadOptions {
    if (published != null) {
      String given = published;
      published =
          PublishedDates.normalize(given)
              .orElseThrow(
                  () ->
                      new NewsledgerException(
                          ErrorCode.BAD_CONFIGURATION,
                          "bad --published value '"
                              + given
                              + "': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
    }
    if (maxBytes <= 0) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "size limit must be positive: " + maxBytes);
    }
  }

  /** Options with the given publication date override (or null) and the default size limit. */
  public ReadOptions(String published) {
    this(published, DEFAULT_MAX_BYTES);
  }

  /** No override, default size limit. */
  public static ReadOptions defaults() {
    return new ReadOptions(null);
  }
}
