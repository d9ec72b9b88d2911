package org.newsledger.io;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The articles of several inputs (paths, folders, URLs) in order, one input open at a time. */
final class InputChain implements Iterator<ReadResult>, AutoCloseable {

  private final Iterator<String> inputs;
  private final ReadOptions options;
  private ArticleSource current;

  InputChain(List<String> inputs, ReadOptions options) {
    this.inputs = List.copyOf(inputs).iterator();
    this.options = options;
  }

  /** True while another article or error is to come. */
  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      close();
      if (!inputs.hasNext()) {
        return false;
      }
      current = ArticleSource.open(inputs.next(), options);
    }
    return true;
  }

  /** The next article or error. */
  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Closes the open input, if any. */
  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
