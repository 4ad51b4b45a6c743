package org.annalist.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes in one character set, refusing malformed and unmappable input instead of replacing
 * it, and reporting where the first bad byte is.
 *
 * @param text the decoded text, or null if the bytes are not valid in the character set
 * @param errorOffset the byte offset (into the given bytes) of the first invalid sequence, or -1
 */
record StrictDecoding(@Nullable String text, long errorOffset) {

  static StrictDecoding decode(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    int capacity = (int) Math.min(
        Integer.MAX_VALUE - 16L,
        (long) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16);
    CharBuffer out = CharBuffer.allocate(capacity);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow()) {
      return new StrictDecoding(null, in.position());
    }
    return new StrictDecoding(out.flip().toString(), -1);
  }

  boolean succeeded() {
    return text != null;
  }
}
