package org.newsledger.core;

import static java.util.Objects.requireNonNull;

/**
 * A typed key for one kind of annotation a document can hold (tokens, mentions, attributions).
 * Layers are compared by identity: use the constants in {@link Layers}.
 */
public final class Layer<T> {

  private final String name;
  private final Class<T> type;

  private Layer(String name, Class<T> type) {
    this.name = requireNonNull(name, "name is null");
    this.type = requireNonNull(type, "type is null");
  }

  /** A new layer key. */
  public static <T> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type);
  }

  /** The layer's name, used in messages and JSON. */
  public String name() {
    return name;
  }

  /** The class of the layer's elements. */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
