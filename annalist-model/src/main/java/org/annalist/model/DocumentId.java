package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A document's identity: the lower-case hex SHA-256 of the file's bytes. */
public record DocumentId(String value) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public DocumentId {
    requireArgument(
        SHA256_HEX.matcher(value).matches(),
        "document id must be 64 lower-case hex digits (SHA-256), was '%s'",
        value);
  }

  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  /** The id of a file with these bytes. */
  public static DocumentId ofBytes(byte[] bytes) {
    return new DocumentId(HexFormat.of().formatHex(sha256().digest(bytes)));
  }

  /** A fresh SHA-256 digest, for callers that hash a stream and then call {@link #ofDigest}. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(
          "the JVM has no SHA-256, which every Java platform must provide", e);
    }
  }

  public static DocumentId ofDigest(MessageDigest digest) {
    return new DocumentId(HexFormat.of().formatHex(digest.digest()));
  }

  /** The first 12 hex digits, for messages and file names. */
  public String shortForm() {
    return value.substring(0, 12);
  }

  @Override
  public String toString() {
    return value;
  }
}
