package org.newsledger.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.newsledger.core.NewsledgerException;

/**
 * Streams a JSON Lines file, one article per line; a bad line yields an error for that line only.
 */
final class JsonLinesReader extends ReadAhead {

  private final ByteLines lines;
  private final String label;
  private final String fileName;
  private final ReadOptions options;
  private final ObjectMapper mapper;
  private boolean sniffed;

  JsonLinesReader(InputStream in, String label, String fileName, ReadOptions options) {
    this.lines = new ByteLines(in, options.maxBytes());
    this.label = label;
    this.fileName = fileName;
    this.options = options;
    this.mapper = mapper(options.maxBytes());
  }

  /** Closes the file. */
  @Override
  public void close() throws IOException {
    finish();
    lines.close();
  }

  @Override
  ReadResult advance() {
    try {
      for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (!isBlank(line.bytes()) || line.tooLong(options.maxBytes())) {
          return read(line);
        }
      }
    } catch (IOException e) {
      finish();
      return ReadResult.failed(label, Inputs.ioError(label, e).getMessage());
    }
    finish();
    return null;
  }

  private ReadResult read(ByteLines.Line line) {
    String lineLabel = label + ":" + line.number();
    if (line.tooLong(options.maxBytes())) {
      return ReadResult.failed(
          lineLabel, Inputs.tooLarge(lineLabel, line.size(), options.maxBytes()).getMessage());
    }
    try {
      sniffBinary(line.bytes());
      String json = StrictUtf8.decode(line.bytes(), line.bytes().length, lineLabel);
      JsonNode node = mapper.readTree(json);
      String defaultId = fileName + ":" + line.number();
      return ReadResult.ok(lineLabel, JsonArticles.toDocument(node, defaultId, options));
    } catch (JsonProcessingException e) {
      String detail = Inputs.firstLine(e.getOriginalMessage());
      return ReadResult.failed(lineLabel, lineLabel + ": invalid JSON: " + detail);
    } catch (NewsledgerException e) {
      String message = e.getMessage();
      return ReadResult.failed(
          lineLabel, message.startsWith(label) ? message : lineLabel + ": " + message);
    }
  }

  /** A binary file would give one error per "line"; report it once and stop instead. */
  private void sniffBinary(byte[] firstLine) {
    if (sniffed) {
      return;
    }
    sniffed = true;
    try {
      Inputs.checkNotBinary(firstLine, firstLine.length, label);
    } catch (NewsledgerException e) {
      finish();
      throw e;
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static ObjectMapper mapper(long maxBytes) {
    int maxString = (int) Math.min(maxBytes, Integer.MAX_VALUE);
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(maxString).build())
            .build();
    return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
