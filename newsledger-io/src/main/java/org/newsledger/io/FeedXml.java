package org.newsledger.io;

import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.XMLReaders;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.xml.sax.InputSource;

/**
 * Parses feed XML without trusting it: a DOCTYPE is accepted (RSS 0.91 feeds carry one) but no
 * external DTD or entity is ever fetched or read, and a document declaring entities of its own (the
 * way of XXE and billion-laughs attacks) is refused when the declaration is met, before anything is
 * expanded; the JDK's entity expansion limits stay on as well.
 */
final class FeedXml {

  private FeedXml() {}

  /** The parsed document; throws INPUT_MALFORMED when it declares entities. */
  static Document parse(byte[] feed) throws IOException, JDOMException {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setSAXHandlerFactory(factory -> new EntityRefusingHandler());
    builder.setExpandEntities(false);
    return builder.build(new XmlFixerReader(new XmlReader(new ByteArrayInputStream(feed))));
  }

  /** Builds the document as usual but refuses the first entity declaration. */
  private static final class EntityRefusingHandler extends SAXHandler {

    @Override
    public void internalEntityDecl(String name, String value) {
      throw refused(name);
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
      throw refused(name);
    }

    @Override
    public void unparsedEntityDecl(
        String name, String publicId, String systemId, String notationName) {
      throw refused(name);
    }

    private static NewsledgerException refused(String name) {
      return new NewsledgerException(
          ErrorCode.INPUT_MALFORMED,
          "the feed declares an entity ('" + name + "'); entity declarations are refused");
    }
  }
}
