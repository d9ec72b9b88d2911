package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.core.testing.DocumentChecks.assertSound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.EventModality;

class EventJsonTest {

  private static final String TEXT = "Norway will not send envoys to Oslo.";

  private static Document withEvent() {
    EventArgument actor = new EventArgument(null, "Norway", "NOR", Excerpt.of(TEXT, 0, 6));
    Event event =
        new Event(
            "v1",
            Excerpt.of(TEXT, 16, 27),
            new CharSpan(0, 35),
            "CONSULT",
            null,
            "04",
            actor,
            null,
            null,
            null,
            null,
            true,
            EventModality.FUTURE,
            null,
            "pattern 'send'");
    return Document.of(ArticleMeta.of("e"), TEXT).with(Layers.EVENTS, List.of(event));
  }

  @Test
  void writesEventsWithTriggerActorAndModality() throws Exception {
    JsonNode event =
        new ObjectMapper()
            .readTree(DocumentJson.write(assertSound(withEvent()), false))
            .get("events")
            .get(0);

    assertThat(event.get("trigger").get("text").asText()).isEqualTo("send envoys");
    assertThat(event.get("type").asText()).isEqualTo("CONSULT");
    assertThat(event.get("actor").get("country").asText()).isEqualTo("NOR");
    assertThat(event.get("target").isNull()).isTrue();
    assertThat(event.get("time").isNull()).isTrue();
    assertThat(event.get("negated").asBoolean()).isTrue();
    assertThat(event.get("modality").asText()).isEqualTo("future");
  }

  @Test
  void rendersOneReadableLinePerEvent() {
    assertThat(DocumentText.render(withEvent()))
        .contains("Events (1)")
        .contains("Norway [NOR] NOT CONSULT (cameo 04) - <future> (\"send envoys\")");
  }
}
