package org.newsledger.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;

/** Renders events as readable lines: "Hamas ASSAULT Israel @Rafah 2024-05-05 ("attack") [rule]". */
final class EventText {

  private EventText() {}

  /** Appends the "Events" section, one line per event. */
  static void render(StringBuilder out, List<Event> events) {
    out.append("\nEvents (").append(events.size()).append(")\n");
    for (Event v : events) {
      out.append("  ").append(name(v.actor(), "?")).append(' ');
      out.append(v.negated() ? "NOT " : "").append(v.type());
      if (v.mode() != null) {
        out.append('/').append(v.mode());
      }
      out.append(" (cameo ").append(v.cameo()).append(") ").append(name(v.target(), "-"));
      if (v.location() != null) {
        out.append(" @").append(name(v.location(), ""));
      }
      if (v.time() != null) {
        out.append(' ').append(v.time());
      }
      out.append(" <").append(v.modality().name().toLowerCase(Locale.ROOT)).append('>');
      if (v.attributionId() != null) {
        out.append(" per ").append(v.attributionId());
      }
      out.append(" (\"")
          .append(oneLine(v.trigger().text()))
          .append("\") [")
          .append(v.rule())
          .append("]\n");
    }
  }

  private static String name(EventArgument argument, String absent) {
    if (argument == null) {
      return absent;
    }
    String name = oneLine(argument.name());
    String coding =
        Stream.of(argument.countryCode(), argument.role())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    return coding.isEmpty() ? name : name + " [" + coding + "]";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
