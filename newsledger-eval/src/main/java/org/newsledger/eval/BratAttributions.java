package org.newsledger.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.core.CharSpan;

/**
 * Reads PolNeAR's brat standoff files. Offsets in the files count Unicode code points of the raw
 * UTF-8 text file; they are turned into Java char offsets here. An annotation text that holds a
 * line break continues on the next lines, which are skipped.
 */
final class BratAttributions {

  private static final Pattern TEXT_BOUND =
      Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)(\\t.*)?$");
  private static final Pattern RELATION = Pattern.compile("^(E\\d+)\\t(.*)$");

  private BratAttributions() {}

  /** The relations of {@code annotations} whose content is annotated, in file order. */
  static List<PolnearAttribution> parse(String annotations, String text) {
    Map<String, List<CharSpan>> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : annotations.split("\n", -1)) {
      Matcher bound = TEXT_BOUND.matcher(line);
      Matcher relation = RELATION.matcher(line);
      if (bound.matches()) {
        spans.put(bound.group(1), spans(bound.group(3), text));
      } else if (relation.matches()) {
        relations.add(new String[] {relation.group(1), relation.group(2)});
      }
    }
    List<PolnearAttribution> result = new ArrayList<>();
    for (String[] relation : relations) {
      PolnearAttribution attribution = relation(relation[0], relation[1], spans);
      if (attribution != null) {
        result.add(attribution);
      }
    }
    return result;
  }

  private static PolnearAttribution relation(
      String id, String arguments, Map<String, List<CharSpan>> spans) {
    List<CharSpan> content = new ArrayList<>();
    List<CharSpan> cue = new ArrayList<>();
    List<CharSpan> source = new ArrayList<>();
    String[] parts = arguments.strip().split(" ");
    for (int i = 1; i < parts.length; i++) {
      int colon = parts[i].indexOf(':');
      if (colon < 0 || !spans.containsKey(parts[i].substring(colon + 1))) {
        continue;
      }
      String role = parts[i].substring(0, colon).replaceAll("\\d+$", "");
      List<CharSpan> target =
          switch (role) {
            case "Content" -> content;
            case "Cue" -> cue;
            case "Source" -> source;
            default -> new ArrayList<>();
          };
      target.addAll(spans.get(parts[i].substring(colon + 1)));
    }
    if (content.isEmpty()) {
      return null;
    }
    content.sort(null);
    cue.sort(null);
    source.sort(null);
    return new PolnearAttribution(id, content, cue, source);
  }

  private static List<CharSpan> spans(String offsets, String text) {
    List<CharSpan> spans = new ArrayList<>();
    for (String segment : offsets.strip().split(";")) {
      String[] ends = segment.strip().split(" ");
      int begin = charOffset(text, Integer.parseInt(ends[0]));
      int end = charOffset(text, Integer.parseInt(ends[1]));
      spans.add(new CharSpan(begin, end));
    }
    return spans;
  }

  private static int charOffset(String text, int codePoints) {
    int limit = text.codePointCount(0, text.length());
    return text.offsetByCodePoints(0, Math.min(codePoints, limit));
  }
}
