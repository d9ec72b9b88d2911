package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Decodes UTF-8 strictly: malformed bytes are an error naming their offset, never replaced. */
final class StrictUtf8 {

  private StrictUtf8() {}

  /** The decoded text without a leading byte-order mark. */
  static String decode(byte[] bytes, int length, String label) {
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE,
          label + ": not valid UTF-8 (bad byte at offset " + in.position() + ")");
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
