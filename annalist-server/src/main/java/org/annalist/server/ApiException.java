package org.annalist.server;

/** A request the API refuses; becomes an {@link ApiError}. */
final class ApiException extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final String details;

  private ApiException(int status, String type, String title, String details) {
    super(details);
    this.status = status;
    this.type = type;
    this.title = title;
    this.details = details;
  }

  static ApiException notFound(String details) {
    return new ApiException(404, "not-found", "Not found", details);
  }

  static ApiException badRequest(String details) {
    return new ApiException(400, "bad-request", "Bad request", details);
  }

  static ApiException tooManyRequests(String details) {
    return new ApiException(429, "too-many-requests", "Too many requests", details);
  }

  static ApiException tooLarge(String details) {
    return new ApiException(413, "too-large", "Request too large", details);
  }

  static ApiException hostNotAllowed(String details) {
    return new ApiException(403, "host-not-allowed", "Host not allowed", details);
  }

  ApiError toError() {
    return new ApiError(title, status, type, details);
  }
}
