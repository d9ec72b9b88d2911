package org.newsledger.eval.time;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsledger.core.CharSpan;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A TimeML file: the TEXT element's content with tags removed, the document creation time and the
 * gold TIMEX3 annotations with char spans into that text.
 *
 * @param name file name
 * @param text the TEXT content without tags
 * @param creationTime the DCT TIMEX3 value, or null
 * @param timexes gold TIMEX3s inside TEXT, in text order
 */
record TimeMlFile(String name, String text, String creationTime, List<Timex> timexes) {

  /** A gold TIMEX3: char span into the text, type and value. */
  record Timex(CharSpan span, String type, String value) {}

  /** Validates and copies the fields. */
  TimeMlFile {
    requireNonNull(name, "name is null");
    requireNonNull(text, "text is null");
    timexes = List.copyOf(timexes);
  }

  /** Parses {@code path} with the JDK's DOM parser. */
  static TimeMlFile read(Path path) {
    try {
      org.w3c.dom.Document xml = builder().parse(path.toFile());
      Element textElement = first(xml, "TEXT");
      if (textElement == null) {
        throw new NewsledgerException(ErrorCode.INPUT_MALFORMED, "no TEXT element in " + path);
      }
      Element dct = first(xml, "DCT");
      String creation = null;
      if (dct != null && dct.getElementsByTagName("TIMEX3").getLength() > 0) {
        creation = ((Element) dct.getElementsByTagName("TIMEX3").item(0)).getAttribute("value");
      }
      StringBuilder text = new StringBuilder();
      List<Timex> timexes = new ArrayList<>();
      walk(textElement, text, timexes);
      return new TimeMlFile(path.getFileName().toString(), text.toString(), creation, timexes);
    } catch (IOException | SAXException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "unreadable TimeML " + path + ": " + e.getMessage(), e);
    }
  }

  private static void walk(Node node, StringBuilder text, List<Timex> timexes) {
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        int begin = text.length();
        walk(child, text, timexes);
        if ("TIMEX3".equals(child.getNodeName())) {
          Element timex = (Element) child;
          timexes.add(
              new Timex(
                  CharSpan.of(begin, text.length()),
                  timex.getAttribute("type"),
                  timex.getAttribute("value")));
        }
      }
    }
  }

  private static Element first(org.w3c.dom.Document xml, String tag) {
    NodeList list = xml.getElementsByTagName(tag);
    return list.getLength() == 0 ? null : (Element) list.item(0);
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser is misconfigured", e);
    }
  }
}
