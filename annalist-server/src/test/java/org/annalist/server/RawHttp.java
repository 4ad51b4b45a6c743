package org.annalist.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 request sent byte for byte over a socket, so that a test controls exactly what
 * the server receives (HTTP client libraries normalize {@code ..} and encode what they are given).
 *
 * @param status the status code of the answer
 * @param headers the answer's headers, names in lower case
 * @param body the answer's body as text (ISO-8859-1, byte for byte)
 */
record RawHttp(int status, Map<String, String> headers, String body) {

  /** Sends {@code METHOD TARGET HTTP/1.1} with these extra header lines and body, and reads the whole answer. */
  static RawHttp send(int port, String method, String target, String extraHeaders, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange(
        port,
        (method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + extraHeaders
                + (bytes.length > 0
                    ? "Content-Type: text/plain\r\nContent-Length: " + bytes.length + "\r\n"
                    : "")
                + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1),
        bytes);
  }

  /**
   * Sends {@code request} exactly as given (ISO-8859-1), request line, header lines and blank line
   * included, so that a test chooses the Host header, leaves it out or breaks the request; reads the whole answer.
   */
  static RawHttp raw(int port, String request) throws IOException {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), new byte[0]);
  }

  /** {@code GET TARGET HTTP/1.1} with this Host header line (or none when {@code host} is null). */
  static RawHttp getWithHost(int port, String target, @Nullable String host) throws IOException {
    return raw(
        port,
        "GET " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
            + "Connection: close\r\n\r\n");
  }

  private static RawHttp exchange(int port, byte[] head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.write(body);
      out.flush();
      return parse(socket.getInputStream());
    }
  }

  static RawHttp get(int port, String target) throws IOException {
    return send(port, "GET", target, "", "");
  }

  private static RawHttp parse(InputStream in) throws IOException {
    String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    int headEnd = answer.indexOf("\r\n\r\n");
    String[] head = answer.substring(0, headEnd < 0 ? answer.length() : headEnd).split("\r\n");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(
          head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          head[i].substring(colon + 1).trim());
    }
    return new RawHttp(
        Integer.parseInt(head[0].split(" ")[1]),
        headers,
        headEnd < 0 ? "" : answer.substring(headEnd + 4));
  }

  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
