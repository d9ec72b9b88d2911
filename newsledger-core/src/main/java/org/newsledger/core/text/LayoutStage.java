package org.newsledger.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.pipeline.Stage;

/**
 * Splits the text into paragraphs at line breaks and gives each a zone: the title line is the
 * headline, date lines and "CITY (Agency) -" prefixes are datelines, short unpunctuated lines are
 * subheadings. Fills in the publication date from the dateline when the reader had none.
 */
public final class LayoutStage implements Stage {

  private static final int MAX_SUBHEADING_CHARS = 90;

  @Override
  public String name() {
    return "layout";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.PARAGRAPHS);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    ArticleMeta meta = doc.meta();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<CharSpan> datelineSpans = new ArrayList<>(meta.datelineSpans());
    String dateline = meta.dateline();
    String published = meta.published();
    for (CharSpan line : lines(text)) {
      String lineText = line.textOf(text);
      Optional<String> date = Datelines.dateOfLine(lineText);
      if (meta.titleSpan() != null && meta.titleSpan().overlaps(line)) {
        add(paragraphs, line, Zone.HEADLINE, "layout:title-line");
      } else if (date.isPresent()) {
        add(paragraphs, line, Zone.DATELINE, "layout:date-line");
        datelineSpans.add(line);
        dateline = dateline == null ? lineText : dateline;
        published = published == null ? date.get() : published;
      } else if (Datelines.prefixLength(lineText) > 0
          && paragraphs.stream().noneMatch(p -> p.zone() == Zone.BODY)) {
        int prefixEnd = line.begin() + Datelines.prefixLength(lineText);
        CharSpan prefix = trim(text, line.begin(), prefixEnd);
        add(paragraphs, prefix, Zone.DATELINE, "layout:agency-prefix");
        datelineSpans.add(prefix);
        dateline = dateline == null ? prefix.textOf(text) : dateline;
        add(paragraphs, trim(text, prefixEnd, line.end()), Zone.BODY, "layout:line");
      } else if (isSubheading(lineText, paragraphs)) {
        add(paragraphs, line, Zone.SUBHEADING, "layout:short-unpunctuated-line");
      } else {
        add(paragraphs, line, Zone.BODY, "layout:line");
      }
    }
    ArticleMeta newMeta =
        meta.withDateline(dateline, List.copyOf(datelineSpans)).withPublished(published);
    return doc.withMeta(newMeta).with(Layers.PARAGRAPHS, paragraphs);
  }

  private static void add(List<Paragraph> paragraphs, CharSpan span, Zone zone, String rule) {
    if (!span.isEmpty()) {
      paragraphs.add(new Paragraph(paragraphs.size(), span, zone, rule));
    }
  }

  private static boolean isSubheading(String line, List<Paragraph> before) {
    String trimmed = line.strip();
    if (before.isEmpty() || trimmed.length() > MAX_SUBHEADING_CHARS || trimmed.isEmpty()) {
      return false;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    boolean punctuated = ".!?:;,\"”'’)…".indexOf(last) >= 0;
    return !punctuated && Character.isUpperCase(trimmed.charAt(0));
  }

  /** Non-blank lines of the text, trimmed of surrounding white space. */
  static List<CharSpan> lines(String text) {
    List<CharSpan> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        CharSpan line = trim(text, start, i);
        if (!line.isEmpty()) {
          lines.add(line);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static CharSpan trim(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new CharSpan(b, e);
  }
}
