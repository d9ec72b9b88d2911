package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.CharSpan;

/**
 * One gold attribution relation of PolNeAR ({@code E} line of a brat file), its parts as char spans
 * of the article text (discontinuous parts have several spans).
 *
 * @param id the relation id ("E3")
 * @param content spans of the content, in text order; never empty
 * @param cue spans of the cue, possibly empty
 * @param source spans of the source, empty for "Attribution-no-source" relations
 */
public record PolnearAttribution(
    String id, List<CharSpan> content, List<CharSpan> cue, List<CharSpan> source) {

  /** Validates and copies the fields. */
  public PolnearAttribution {
    requireNonNull(id, "id is null");
    content = List.copyOf(content);
    cue = List.copyOf(cue);
    source = List.copyOf(source);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("relation " + id + " has no content");
    }
  }

  /** Smallest span covering the whole content. */
  public CharSpan contentCover() {
    return content.get(0).union(content.get(content.size() - 1));
  }

  /** The covered text of every span, joined by one space. */
  public static String textOf(String text, List<CharSpan> spans) {
    StringBuilder out = new StringBuilder();
    for (CharSpan span : spans) {
      out.append(out.length() == 0 ? "" : " ").append(span.textOf(text));
    }
    return out.toString();
  }
}
