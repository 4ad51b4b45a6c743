package org.annalist.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The IRIs the JSON-LD export names things by. A document is named by its content, as RFC 6920
 * names a hash: {@code ni:///sha-256;} and the SHA-256 of its bytes in base64url. Entities,
 * events and conflicts get {@code urn:annalist:} names from their Annalist ids, percent-encoded;
 * they identify within an export and resolve nowhere.
 */
final class LinkedDataIds {
  static final String VOCABULARY = "urn:annalist:vocab:";

  private LinkedDataIds() {}

  /** A document by its id, the SHA-256 of its bytes in hexadecimal. */
  static String document(String sha256Hex) {
    byte[] digest = HexFormat.of().parseHex(sha256Hex);
    return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  static String entity(String id) {
    return "urn:annalist:entity:" + encoded(id);
  }

  static String event(String id) {
    return "urn:annalist:event:" + encoded(id);
  }

  static String conflict(String id) {
    return "urn:annalist:conflict:" + encoded(id);
  }

  private static String encoded(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
