package org.newsledger.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A stream of read results that reads one step ahead: subclasses say how to read the next step and
 * when the stream is finished.
 */
abstract class ReadAhead implements Iterator<ReadResult>, Closeable {

  private ReadResult pending;
  private boolean finished;

  /** The next result, or null for a step that gives none (a skipped record, the end). */
  abstract ReadResult advance();

  /** Ends the stream: no step is read after this one. */
  final void finish() {
    finished = true;
  }

  /** True while another result is to come. */
  @Override
  public final boolean hasNext() {
    while (pending == null && !finished) {
      pending = advance();
    }
    return pending != null;
  }

  /** The next result, in input order. */
  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult result = pending;
    pending = null;
    return result;
  }
}
