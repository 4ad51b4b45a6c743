package org.annalist.server;

/** A request the API refuses; becomes an {@link ApiError}. */
final class ApiException extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;

  private ApiException(int status, String type, String title, String details) {
    super(details);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  static ApiException notFound(String details) {
    return new ApiException(404, "not-found", "Not found", details);
  }

  static ApiException badRequest(String details) {
    return new ApiException(400, "bad-request", "Bad request", details);
  }

  ApiError toError() {
    return new ApiError(title, status, type, getMessage());
  }
}
