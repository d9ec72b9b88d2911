package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.newsledger.core.Document;
import org.newsledger.core.NewsledgerException;

/**
 * The articles of one input, whatever its kind: a plain-text file, a JSON Lines file (streamed), an
 * HTML page, an RSS/Atom feed, a WARC or WARC.gz file (streamed), a folder of any of these, an
 * http(s) URL of a feed or a page, or standard input ("-"). This is the one reading path of
 * newsledger: the CLI, the store's ingest, the server and Spark all read through it. A user's bad
 * input never throws: it becomes a {@link ReadResult} error and later articles are still read.
 */
public final class ArticleSource implements Iterator<ReadResult>, AutoCloseable {

  /** The label and id used for standard input. */
  public static final String STDIN = "stdin";

  private final Iterator<ReadResult> results;
  private final Closeable resource;

  ArticleSource(Iterator<ReadResult> results, Closeable resource) {
    this.results = requireNonNull(results, "results is null");
    this.resource = requireNonNull(resource, "resource is null");
  }

  /**
   * Opens a path, a folder, an http(s) URL or "-" (standard input, read as plain text); a file's
   * format follows its name ({@link InputFormat#of}), a URL's its content.
   */
  public static ArticleSource open(String input, ReadOptions options) {
    requireNonNull(input, "input is null");
    requireNonNull(options, "options is null");
    if (input.equals("-")) {
      return ofStream(System.in, STDIN, options);
    }
    try {
      if (UrlInputs.isUrl(input)) {
        return UrlInputs.open(input, options);
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        return FolderArticles.open(path, options);
      }
      return openFile(path, input, options);
    } catch (InvalidPathException e) {
      return failed(input, input + ": not a valid path");
    } catch (NewsledgerException e) {
      return failed(input, e.getMessage());
    }
  }

  /**
   * Opens several inputs as {@link #open} does and gives their articles in order, one input open at
   * a time.
   */
  public static ArticleSource openAll(List<String> inputs, ReadOptions options) {
    requireNonNull(inputs, "inputs is null");
    requireNonNull(options, "options is null");
    InputChain chain = new InputChain(inputs, options);
    return new ArticleSource(chain, chain::close);
  }

  /**
   * Reads articles held in memory (an upload, a fetched page, a payload), the format following
   * {@code name} as for a file; {@code name} is also the label and, for one-article formats, the
   * id.
   */
  public static ArticleSource ofBytes(byte[] bytes, String name, ReadOptions options) {
    requireNonNull(bytes, "bytes is null");
    requireNonNull(name, "name is null");
    requireNonNull(options, "options is null");
    try {
      return ofBytes(bytes, name, name, InputFormat.of(name, bytes), options);
    } catch (NewsledgerException e) {
      return failed(name, e.getMessage());
    }
  }

  /** Reads plain text from a stream (not closed) under the given label, which is also the id. */
  public static ArticleSource ofStream(InputStream in, String label, ReadOptions options) {
    requireNonNull(in, "in is null");
    requireNonNull(label, "label is null");
    requireNonNull(options, "options is null");
    try {
      byte[] bytes = Inputs.readAll(in, label, options.maxBytes());
      return ofBytes(bytes, label, label, InputFormat.TEXT, options);
    } catch (IOException e) {
      return failed(label, Inputs.ioError(label, e).getMessage());
    } catch (NewsledgerException e) {
      return failed(label, e.getMessage());
    }
  }

  /**
   * Reads the articles of a stream (a file on another file system, a download), the format
   * following {@code name} as for a file; {@code name} is also the label, and its last segment the
   * id of a one-article format. JSON Lines and WARC/WARC.gz are streamed record by record however
   * large the stream; other formats are read whole, up to {@link ReadOptions#maxBytes()}. The
   * source owns the stream: closing it closes the stream.
   */
  public static ArticleSource openStream(InputStream in, String name, ReadOptions options) {
    requireNonNull(in, "in is null");
    requireNonNull(name, "name is null");
    requireNonNull(options, "options is null");
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    try {
      InputFormat format = InputFormat.of(fileName, new byte[0]);
      if (format.streamed()) {
        return openStream(in, name, fileName, format, options);
      }
      try (InputStream whole = in) {
        byte[] bytes = Inputs.readAll(whole, name, options.maxBytes());
        return ofBytes(bytes, name, fileName, InputFormat.of(fileName, bytes), options);
      }
    } catch (IOException e) {
      closeQuietly(in);
      return failed(name, Inputs.ioError(name, e).getMessage());
    } catch (NewsledgerException e) {
      closeQuietly(in);
      return failed(name, e.getMessage());
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // The read error is the one reported.
    }
  }

  /**
   * True when {@link #open} reads at most one article from {@code input}: standard input, and a
   * file whose name says plain text or HTML (not a folder, a URL, JSON Lines, a feed or a WARC).
   */
  public static boolean holdsOneArticle(String input) {
    requireNonNull(input, "input is null");
    if (input.equals("-")) {
      return true;
    }
    try {
      if (UrlInputs.isUrl(input) || Files.isDirectory(Path.of(input))) {
        return false;
      }
      InputFormat format = InputFormat.of(Path.of(input));
      return format == InputFormat.TEXT || format == InputFormat.HTML;
    } catch (InvalidPathException e) {
      return true;
    }
  }

  /** True while another result is to come. */
  @Override
  public boolean hasNext() {
    return results.hasNext();
  }

  /** The next article or error, in input order. */
  @Override
  public ReadResult next() {
    if (!results.hasNext()) {
      throw new NoSuchElementException();
    }
    return results.next();
  }

  /** Releases the open file, if any. */
  @Override
  public void close() {
    try {
      resource.close();
    } catch (IOException e) {
      // Only read from: nothing is lost when closing fails.
    }
  }

  static ArticleSource of(List<ReadResult> results) {
    return new ArticleSource(List.copyOf(results).iterator(), () -> {});
  }

  static ArticleSource failed(String label, String error) {
    return of(List.of(ReadResult.failed(label, error)));
  }

  private static ArticleSource openFile(Path path, String label, ReadOptions options) {
    InputFormat format = InputFormat.of(path);
    try {
      if (format.streamed()) {
        Inputs.checkFile(path, label, Long.MAX_VALUE);
        return openStream(Files.newInputStream(path), label, fileName(path), format, options);
      }
      Inputs.checkFile(path, label, options.maxBytes());
      byte[] bytes = Inputs.readFile(path, label, options.maxBytes());
      if (format == InputFormat.XML) {
        format = InputFormat.of(fileName(path), bytes);
      }
      return ofBytes(bytes, label, fileName(path), format, options);
    } catch (IOException e) {
      throw Inputs.ioError(label, e);
    }
  }

  private static ArticleSource openStream(
      InputStream in, String label, String name, InputFormat format, ReadOptions options)
      throws IOException {
    if (format == InputFormat.JSON_LINES) {
      JsonLinesReader reader = new JsonLinesReader(in, label, name, options);
      return new ArticleSource(reader, reader);
    }
    WarcArticles warc = new WarcArticles(in, label, options);
    return new ArticleSource(warc, warc);
  }

  static ArticleSource ofBytes(
      byte[] bytes, String label, String id, InputFormat format, ReadOptions options) {
    try {
      return switch (format) {
        case JSON_LINES, WARC ->
            openStream(new ByteArrayInputStream(bytes), label, id, format, options);
        case FEED -> of(FeedArticles.read(bytes, label, options));
        case HTML -> of(List.of(ReadResult.ok(label, readHtml(bytes, id, label, options))));
        case TEXT, XML -> of(List.of(ReadResult.ok(label, readText(bytes, id, label, options))));
      };
    } catch (IOException e) {
      return failed(label, Inputs.ioError(label, e).getMessage());
    } catch (NewsledgerException e) {
      return failed(label, e.getMessage());
    }
  }

  static Document readHtml(byte[] bytes, String id, String label, ReadOptions options) {
    Inputs.checkNotBinary(bytes, bytes.length, label);
    return HtmlReader.read(bytes, id, label, options);
  }

  private static Document readText(byte[] bytes, String id, String label, ReadOptions options) {
    String utf16 = Utf16.decodeWithBom(bytes, label);
    if (utf16 != null) {
      return PlainTextReader.read(id, utf16, options);
    }
    Inputs.checkNotBinary(bytes, bytes.length, label);
    return PlainTextReader.read(id, StrictUtf8.decode(bytes, bytes.length, label), options);
  }

  static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
