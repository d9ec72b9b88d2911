package org.newsledger.eval.ledger;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsledger.core.CharSpan;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Parses one ECB+ XML document: tokens, event markables and their coreference chains. */
final class EcbXml {

  private final StringBuilder text = new StringBuilder();
  private final Map<String, CharSpan> tokenSpans = new HashMap<>();
  private final Map<String, Integer> tokenSentences = new HashMap<>();
  private final Map<String, List<String>> eventAnchors = new LinkedHashMap<>();
  private final Map<String, String> chains = new HashMap<>();
  private int lastSentence = -1;

  private EcbXml() {}

  /** The document with its gold event mentions in the selected sentences (all when empty). */
  static EcbDocument parse(
      String name, int topic, boolean plus, InputStream in, Set<String> selected) {
    EcbXml xml = new EcbXml();
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      xml.read(reader);
      reader.close();
    } catch (XMLStreamException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_MALFORMED, name + ": malformed ECB+ XML: " + e.getMessage(), e);
    }
    return new EcbDocument(name, topic, plus, xml.text.toString(), xml.events(name, selected));
  }

  private void read(XMLStreamReader reader) throws XMLStreamException {
    String markable = null;
    String chain = null;
    while (reader.hasNext()) {
      if (reader.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = reader.getLocalName();
      switch (element) {
        case "token" -> token(reader);
        case "token_anchor" -> {
          if (markable != null) {
            eventAnchors.get(markable).add(reader.getAttributeValue(null, "t_id"));
          }
        }
        case "CROSS_DOC_COREF" -> chain = reader.getAttributeValue(null, "note");
        case "INTRA_DOC_COREF" -> chain = "intra-" + reader.getAttributeValue(null, "r_id");
        case "source" -> chains.putIfAbsent(reader.getAttributeValue(null, "m_id"), chain);
        default -> markable = markable(reader, element);
      }
    }
  }

  /** The id of an event markable opening here, or null for any other element. */
  private String markable(XMLStreamReader reader, String element) {
    String id = reader.getAttributeValue(null, "m_id");
    boolean event = element.startsWith("ACTION_") || element.startsWith("NEG_ACTION_");
    if (id == null || !event) {
      return null;
    }
    eventAnchors.put(id, new ArrayList<>());
    return id;
  }

  private void token(XMLStreamReader reader) throws XMLStreamException {
    String id = reader.getAttributeValue(null, "t_id");
    int sentence = Integer.parseInt(reader.getAttributeValue(null, "sentence"));
    String word = reader.getElementText().strip();
    if (!text.isEmpty()) {
      text.append(sentence != lastSentence ? '\n' : ' ');
    }
    lastSentence = sentence;
    tokenSpans.put(id, CharSpan.of(text.length(), text.length() + word.length()));
    tokenSentences.put(id, sentence);
    text.append(word);
  }

  private List<EcbMention> events(String name, Set<String> selected) {
    String stem = name.replaceFirst("\\.xml$", "");
    List<EcbMention> events = new ArrayList<>();
    for (Map.Entry<String, List<String>> markable : eventAnchors.entrySet()) {
      List<String> anchors = markable.getValue().stream().filter(tokenSpans::containsKey).toList();
      if (anchors.isEmpty()) {
        continue;
      }
      CharSpan span = anchors.stream().map(tokenSpans::get).reduce(CharSpan::union).orElseThrow();
      int sentence = tokenSentences.get(anchors.get(0));
      if (!selected.isEmpty() && !selected.contains(stem + "#" + sentence)) {
        continue;
      }
      String id = name + "#" + markable.getKey();
      String chain = chains.get(markable.getKey());
      String gold = chain == null ? id : chain.startsWith("intra-") ? name + "#" + chain : chain;
      events.add(new EcbMention(id, span, span.textOf(text), sentence, gold));
    }
    events.sort((a, b) -> a.span().compareTo(b.span()));
    return events;
  }
}
