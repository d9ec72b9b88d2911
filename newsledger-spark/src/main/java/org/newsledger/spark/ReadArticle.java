package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.io.ReadResult;

/**
 * An article as read, before analysis, in a form Spark can move between executors: the document's
 * metadata, text and reading diagnostics (what the readers produce), or the read error.
 *
 * @param input the position of its input among the inputs, in command-line order
 * @param source the input it came from (a path)
 * @param position its position in that input, from 0
 * @param label its label there ("folder/a.txt", "feed.jsonl:3")
 * @param error the one-line read error, or null when it was read
 * @param meta the metadata, or null on error
 * @param text the text, or null on error
 * @param notes the reading diagnostics
 */
public record ReadArticle(
    int input,
    String source,
    int position,
    String label,
    String error,
    Meta meta,
    String text,
    List<Note> notes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates the fields and copies the list. */
  public ReadArticle {
    requireNonNull(source, "source is null");
    requireNonNull(label, "label is null");
    notes = List.copyOf(notes);
  }

  /** The article (or error) of one read result. */
  public static ReadArticle of(int input, String source, int position, ReadResult read) {
    if (!read.isOk()) {
      return new ReadArticle(
          input, source, position, read.label(), read.error(), null, null, List.of());
    }
    Document doc = read.document();
    List<Note> notes = new ArrayList<>();
    for (Diagnostic d : doc.diagnostics()) {
      notes.add(
          new Note(d.code(), d.message(), d.stage(), Spans.begin(d.span()), Spans.end(d.span())));
    }
    return new ReadArticle(
        input, source, position, read.label(), null, Meta.of(doc.meta()), doc.text(), notes);
  }

  /** True when the article was read. */
  public boolean isOk() {
    return error == null;
  }

  /** The document as the reader made it. */
  public Document document() {
    Document doc = Document.of(meta.toMeta(), text);
    for (Note note : notes) {
      doc = doc.withDiagnostic(note.toDiagnostic());
    }
    return doc;
  }

  /** A reading diagnostic; begin and end are null when it concerns the whole article. */
  public record Note(String code, String message, String stage, Integer begin, Integer end)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    Diagnostic toDiagnostic() {
      return new Diagnostic(code, message, stage, begin == null ? null : CharSpan.of(begin, end));
    }
  }

  /** A span's offsets. */
  public record Span(int begin, int end) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The fields of {@link ArticleMeta}. */
  public record Meta(
      String id,
      String title,
      String published,
      String dateline,
      String url,
      Span titleSpan,
      List<Span> datelineSpans)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static Meta of(ArticleMeta meta) {
      List<Span> datelines = new ArrayList<>();
      meta.datelineSpans().forEach(span -> datelines.add(new Span(span.begin(), span.end())));
      CharSpan title = meta.titleSpan();
      return new Meta(
          meta.id(),
          meta.title(),
          meta.published(),
          meta.dateline(),
          meta.url(),
          title == null ? null : new Span(title.begin(), title.end()),
          datelines);
    }

    ArticleMeta toMeta() {
      List<CharSpan> datelines = new ArrayList<>();
      datelineSpans.forEach(span -> datelines.add(CharSpan.of(span.begin(), span.end())));
      return new ArticleMeta(
          id,
          title,
          published,
          dateline,
          url,
          titleSpan == null ? null : CharSpan.of(titleSpan.begin(), titleSpan.end()),
          datelines);
    }
  }
}
