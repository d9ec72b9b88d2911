package org.newsledger.core;

import static java.util.Objects.requireNonNull;

/** The one exception type newsledger throws for user errors, I/O and configuration. */
public class NewsledgerException extends RuntimeException {

  private final ErrorCode code;

  /** An error with a one-line message for the user. */
  public NewsledgerException(ErrorCode code, String message) {
    super(message);
    this.code = requireNonNull(code, "code is null");
  }

  /** An error with a one-line message and its cause. */
  public NewsledgerException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code is null");
  }

  /** What kind of failure this is. */
  public ErrorCode code() {
    return code;
  }
}
