package org.newsledger.io;

import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.facts.TimeType;

/** A small invented article with every kind of fact filled in by hand. */
final class SampleDocuments {

  static final String TEXT =
      "Harbour talks to resume, minister says\n"
          + "7 May 2024 09:04\n"
          + "Minister Ana Varga said the harbour talks would resume on Tuesday. "
          + "\"We are hopeful,\" she said. "
          + "According to Radio Kestrel, Varga said the deal was close. "
          + "Varga did not confirm the report.";

  private SampleDocuments() {}

  /** The annotated sample article. */
  static Document annotated() {
    ArticleMeta meta =
        ArticleMeta.of("sample-1")
            .withTitle(
                "Harbour talks to resume, minister says",
                span("Harbour talks to resume, minister says", 0))
            .withPublished("2024-05-07T09:04")
            .withUrl("https://example.org/harbour")
            .withDateline("7 May 2024 09:04", List.of(span("7 May 2024 09:04", 0)));
    Mention anaVarga = mention("m1", "Ana Varga", 0, EntityType.PERSON, MentionKind.NAME);
    Mention she = mention("m2", "she", 0, EntityType.PERSON, MentionKind.PRONOUN);
    Mention varga = mention("m3", "Varga", 1, EntityType.PERSON, MentionKind.NAME);
    Mention vargaAgain = mention("m4", "Varga", 2, EntityType.PERSON, MentionKind.NAME);
    Mention radio = mention("m5", "Radio Kestrel", 0, EntityType.ORGANIZATION, MentionKind.NAME);
    Entity person =
        new Entity(
            "e1",
            "Ana Varga",
            EntityType.PERSON,
            "",
            List.of("Varga", "she"),
            List.of("Minister"),
            List.of("m1", "m2", "m3", "m4"),
            anaVarga.span(),
            "test:name");
    Entity outlet =
        new Entity(
            "e2",
            "Radio Kestrel",
            EntityType.ORGANIZATION,
            "MEDIA",
            List.of(),
            List.of(),
            List.of("m5"),
            radio.span(),
            "test:name");
    Source vargaSource = new Source("e1", "Ana Varga", SourceType.PERSON, excerpt("Ana Varga", 0));
    Source sheSource = new Source("e1", "Ana Varga", SourceType.PERSON, excerpt("she", 0));
    Source radioSource =
        new Source("e2", "Radio Kestrel", SourceType.MEDIA, excerpt("Radio Kestrel", 0));
    Source laterVarga = new Source("e1", "Ana Varga", SourceType.PERSON, excerpt("Varga", 1));
    List<Attribution> attributions =
        List.of(
            new Attribution(
                "a1",
                AttributionKind.INDIRECT,
                excerpt("said", 0),
                excerpt("the harbour talks would resume on Tuesday", 0),
                vargaSource,
                null,
                false,
                "test:said-that"),
            new Attribution(
                "a2",
                AttributionKind.DIRECT,
                excerpt("said", 1),
                excerpt("We are hopeful,", 0),
                sheSource,
                null,
                false,
                "test:quote-said"),
            new Attribution(
                "a3",
                AttributionKind.ACCORDING_TO,
                excerpt("According to", 0),
                excerpt("Varga said the deal was close", 0),
                radioSource,
                null,
                false,
                "test:according-to"),
            new Attribution(
                "a4",
                AttributionKind.INDIRECT,
                excerpt("said", 2),
                excerpt("the deal was close", 0),
                laterVarga,
                "a3",
                false,
                "test:said-that"));
    EpistemicAct notConfirmed =
        new EpistemicAct(
            "x1",
            EpistemicKind.NOT_CONFIRMED,
            new Source("e1", "Ana Varga", SourceType.PERSON, excerpt("Varga", 2)),
            excerpt("did not confirm", 0),
            excerpt("the report", 0),
            span("Varga did not confirm the report", 0),
            "test:did-not-confirm");
    TimeExpression tuesday =
        new TimeExpression(
            "t1", span("Tuesday", 0), "Tuesday", TimeType.DATE, "2024-05-14", "test:weekday");
    return Document.of(meta, TEXT)
        .with(Layers.MENTIONS, List.of(anaVarga, she, varga, vargaAgain, radio))
        .with(Layers.ENTITIES, List.of(person, outlet))
        .with(Layers.ATTRIBUTIONS, attributions)
        .with(Layers.EPISTEMIC, List.of(notConfirmed))
        .with(Layers.TIMES, List.of(tuesday))
        .withDiagnostic(new Diagnostic("test_note", "a note", "test", span("harbour", 0)))
        .withDiagnostic(new Diagnostic("whole_note", "about everything", "test", null));
  }

  /** The span of the n-th (0-based) occurrence of {@code needle} in the sample text. */
  static CharSpan span(String needle, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = TEXT.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + occurrence + " of " + needle);
      }
    }
    return CharSpan.of(at, at + needle.length());
  }

  private static Excerpt excerpt(String needle, int occurrence) {
    return Excerpt.of(TEXT, span(needle, occurrence));
  }

  private static Mention mention(
      String id, String text, int occurrence, EntityType type, MentionKind kind) {
    String entity = type == EntityType.PERSON ? "e1" : "e2";
    return new Mention(id, span(text, occurrence), text, type, kind, entity, "test:mention");
  }
}
