package org.newsledger.core;

/** Kinds of failure a user can meet, each with the process exit status the CLI uses. */
public enum ErrorCode {
  /** The input could not be read: missing, a directory, unreadable, not text. */
  INPUT_UNREADABLE(2),
  /** The input is readable but not in the expected format. */
  INPUT_MALFORMED(2),
  /** A command-line option or configuration value is wrong. */
  BAD_CONFIGURATION(64),
  /** The pipeline was assembled wrongly. */
  BAD_PIPELINE(70),
  /** A model or resource could not be loaded. */
  RESOURCE_MISSING(71),
  /** The output could not be written: a full disk, a closed pipe. */
  OUTPUT_FAILED(74);

  private final int exitStatus;

  ErrorCode(int exitStatus) {
    this.exitStatus = exitStatus;
  }

  /** Process exit status for this failure. */
  public int exitStatus() {
    return exitStatus;
  }
}
