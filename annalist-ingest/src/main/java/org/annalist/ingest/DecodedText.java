package org.annalist.ingest;

/**
 * Text decoded from a file's bytes.
 *
 * @param text the text exactly as decoded, without a leading byte-order mark
 * @param charset the name of the character set it was decoded from, e.g. {@code UTF-8}
 * @param hadByteOrderMark whether the file started with a byte-order mark (which is not in text)
 */
record DecodedText(String text, String charset, boolean hadByteOrderMark) {}
