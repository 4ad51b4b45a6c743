package org.annalist.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's answer to a request it cannot read, before any of the server's handlers run: a bad
 * request line or path (400), an over-long request line (414) or headers (431), an unknown HTTP
 * version (505). Like every other answer it carries the security headers, and its body is an
 * {@link ApiError} as JSON with a fixed text per status instead of Jetty's HTML page (which
 * quoted Jetty's reason unescaped).
 */
final class BadMessageAnswers extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(
      int status, @Nullable String reason, HttpFields.Mutable fields) {
    AnnalistServer.SECURITY_HEADERS.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, JsonWriting.MEDIA_TYPE);
    try {
      return ByteBuffer.wrap(JsonWriting.MAPPER.writeValueAsBytes(error(status)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ApiError is always JSON", e);
    }
  }

  private static ApiError error(int status) {
    return switch (status) {
      case HttpStatus.BAD_REQUEST_400 ->
        new ApiError(
            "Bad request",
            status,
            "bad-request",
            "the request is not well-formed HTTP, or its path is not a plain path");
      case HttpStatus.URI_TOO_LONG_414 ->
        new ApiError(
            "URI too long",
            status,
            "uri-too-long",
            "the request line is longer than the server reads");
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
        new ApiError(
            "Request headers too large",
            status,
            "headers-too-large",
            "the request's headers are longer than the server reads");
      case HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ->
        new ApiError(
            "HTTP version not supported",
            status,
            "version-not-supported",
            "the server speaks HTTP/1.0 and HTTP/1.1");
      default ->
        new ApiError(
            HttpStatus.getMessage(status),
            status,
            "bad-message",
            "the server cannot read this request");
    };
  }
}
