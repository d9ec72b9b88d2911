package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Maps each element of an iterator to a list and walks the lists in turn, lazily. */
final class FlatIterator<T, R> implements Iterator<R> {

  private final Iterator<T> inputs;
  private final Function<T, List<R>> mapper;
  private Iterator<R> current = Collections.emptyIterator();

  FlatIterator(Iterator<T> inputs, Function<T, List<R>> mapper) {
    this.inputs = requireNonNull(inputs, "inputs is null");
    this.mapper = requireNonNull(mapper, "mapper is null");
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && inputs.hasNext()) {
      current = mapper.apply(inputs.next()).iterator();
    }
    return current.hasNext();
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
