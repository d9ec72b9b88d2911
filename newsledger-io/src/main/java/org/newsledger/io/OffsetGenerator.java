package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

/** A JSON generator that knows the text its offsets point into, to write them as code points. */
final class OffsetGenerator extends JsonGeneratorDelegate {

  private final CodePoints offsets;

  OffsetGenerator(JsonGenerator json, String text) {
    super(json, false);
    this.offsets = CodePoints.of(requireNonNull(text, "text is null"));
  }

  /** The code-point offset of a UTF-16 offset in {@code json}'s text, or itself for others. */
  static int codePoint(JsonGenerator json, int offset) {
    return json instanceof OffsetGenerator generator
        ? generator.offsets.toCodePoint(offset)
        : offset;
  }
}
