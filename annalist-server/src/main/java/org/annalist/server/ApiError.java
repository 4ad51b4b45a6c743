package org.annalist.server;

/**
 * The one shape of every API error.
 *
 * @param title a short summary, the same for every error of this type
 * @param status the HTTP status
 * @param type a stable machine-readable code, e.g. {@code not-found}
 * @param details what exactly went wrong in this request
 */
public record ApiError(String title, int status, String type, String details) {}
