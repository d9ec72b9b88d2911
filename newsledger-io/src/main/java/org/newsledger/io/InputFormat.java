package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.util.Locale;

/** The formats newsledger reads, told by a file's name and, for XML, by its first bytes. */
enum InputFormat {
  /** Plain text, the first line the headline. */
  TEXT(false),
  /** One JSON article per line, read as a stream. */
  JSON_LINES(false),
  /** An HTML or XHTML page. */
  HTML(false),
  /** An RSS, RDF or Atom feed. */
  FEED(false),
  /** A WARC or WARC.gz file, read as a stream. */
  WARC(true),
  /** An XML file: a feed when its start says so, else text. */
  XML(false);

  private static final int SNIFF_CHARS = 2048;

  private final boolean streamedFromFile;

  InputFormat(boolean streamedFromFile) {
    this.streamedFromFile = streamedFromFile;
  }

  /** True when a file of this format is read as a stream rather than whole. */
  boolean streamed() {
    return streamedFromFile || this == JSON_LINES;
  }

  /** The format a file's name says. */
  static InputFormat of(Path path) {
    return byName(ArticleSource.fileName(path));
  }

  /** The format a name says, an XML name resolved by the bytes' start. */
  static InputFormat of(String name, byte[] bytes) {
    InputFormat format = byName(name);
    if (format == XML) {
      return looksLikeFeed(bytes) ? FEED : TEXT;
    }
    return format;
  }

  /** True for names of files newsledger reads when it walks a folder. */
  static boolean isArticleName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot < 0) {
      return true;
    }
    return switch (lower.substring(dot + 1)) {
      case "txt", "text", "html", "htm", "xhtml", "jsonl", "rss", "atom", "xml", "warc" -> true;
      case "gz" -> lower.endsWith(".warc.gz");
      default -> false;
    };
  }

  /** True when the start of the bytes looks like an RSS, RDF or Atom document. */
  static boolean looksLikeFeed(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), UTF_8);
    return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:RDF");
  }

  private static InputFormat byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return WARC;
    }
    int dot = lower.lastIndexOf('.');
    String extension = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (extension) {
      case "jsonl" -> JSON_LINES;
      case "html", "htm", "xhtml" -> HTML;
      case "rss", "atom" -> FEED;
      case "xml" -> XML;
      default -> TEXT;
    };
  }
}
