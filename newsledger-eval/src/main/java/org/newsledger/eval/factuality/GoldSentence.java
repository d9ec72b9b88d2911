package org.newsledger.eval.factuality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsledger.core.CharSpan;

/**
 * One sentence of the unified factuality CoNLL files, rebuilt as text.
 *
 * @param text the tokens joined by single spaces
 * @param tokens each token's char span in {@code text}
 * @param values each token's gold factuality in [-3, 3], or null when it is not an event
 */
record GoldSentence(String text, List<CharSpan> tokens, List<Double> values) {

  GoldSentence {
    tokens = List.copyOf(tokens);
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** The sentences of a CoNLL file: index, token, value or "_", then ignored columns. */
  static List<GoldSentence> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<GoldSentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        add(sentences, rows);
        rows.clear();
      } else {
        rows.add(line.split("\t"));
      }
    }
    add(sentences, rows);
    return sentences;
  }

  private static void add(List<GoldSentence> sentences, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    List<CharSpan> spans = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String[] row : rows) {
      if (text.length() > 0) {
        text.append(' ');
      }
      spans.add(new CharSpan(text.length(), text.length() + row[1].length()));
      text.append(row[1]);
      values.add(row.length > 2 && !row[2].equals("_") ? Double.valueOf(row[2]) : null);
    }
    sentences.add(new GoldSentence(text.toString(), spans, values));
  }
}
