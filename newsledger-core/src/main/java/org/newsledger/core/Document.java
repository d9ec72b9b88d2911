package org.newsledger.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * An article: its original text, its metadata and the annotation layers stages have added.
 * Immutable: every {@code with...} method returns a new document.
 */
public final class Document {

  private final ArticleMeta meta;
  private final String text;
  private final Map<Layer<?>, List<?>> layers;
  private final List<Diagnostic> diagnostics;

  private Document(
      ArticleMeta meta, String text, Map<Layer<?>, List<?>> layers, List<Diagnostic> diagnostics) {
    this.meta = requireNonNull(meta, "meta is null");
    this.text = requireNonNull(text, "text is null");
    this.layers = layers;
    this.diagnostics = diagnostics;
  }

  /** A document with no layers yet. */
  public static Document of(ArticleMeta meta, String text) {
    return new Document(meta, text, Map.of(), List.of());
  }

  /** Article metadata. */
  public ArticleMeta meta() {
    return meta;
  }

  /** The original article text every span points into. */
  public String text() {
    return text;
  }

  /** The text covered by {@code span}. */
  public String textOf(CharSpan span) {
    return span.textOf(text);
  }

  /** True when the layer has been added. */
  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The layers present, in the order they were added. */
  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /** The elements of a layer; throws when the layer is absent (a mis-built pipeline). */
  public <T> List<T> get(Layer<T> layer) {
    List<?> values = layers.get(layer);
    if (values == null) {
      throw new IllegalStateException("layer '" + layer + "' is not present");
    }
    @SuppressWarnings("unchecked") // with() only stores lists checked against the layer's type
    List<T> typed = (List<T>) values;
    return typed;
  }

  /** The elements of a layer, or an empty list when it is absent. */
  public <T> List<T> getOrEmpty(Layer<T> layer) {
    return has(layer) ? get(layer) : List.of();
  }

  /** The tokens of one sentence. */
  public List<Token> tokens(Sentence sentence) {
    return get(Layers.TOKENS).subList(sentence.tokens().first(), sentence.tokens().end());
  }

  /** A copy holding {@code values} as the layer (replacing it when present). */
  public <T> Document with(Layer<T> layer, List<? extends T> values) {
    for (Object value : values) {
      if (!layer.type().isInstance(requireNonNull(value, "null element in layer " + layer))) {
        throw new ClassCastException(value.getClass().getName() + " in layer " + layer);
      }
    }
    Map<Layer<?>, List<?>> copy = new LinkedHashMap<>(layers);
    copy.put(layer, List.copyOf(values));
    return new Document(meta, text, Collections.unmodifiableMap(copy), diagnostics);
  }

  /** A copy with other metadata. */
  public Document withMeta(ArticleMeta newMeta) {
    return new Document(newMeta, text, layers, diagnostics);
  }

  /** Diagnostics reported while reading and analyzing. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** A copy with one more diagnostic. */
  public Document withDiagnostic(Diagnostic diagnostic) {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.add(requireNonNull(diagnostic, "diagnostic is null"));
    return new Document(meta, text, layers, List.copyOf(copy));
  }
}
