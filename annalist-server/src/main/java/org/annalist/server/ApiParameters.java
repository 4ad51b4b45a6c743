package org.annalist.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.model.DocumentId;
import org.annalist.model.EventStatus;
import org.annalist.model.LayerName;
import org.jspecify.annotations.Nullable;

/** Reads and checks the query parameters the API shares, refusing bad ones with a 400 that says why. */
final class ApiParameters {
  static final int MAX_QUERY_LENGTH = 1000;

  private ApiParameters() {}

  /** Where a page starts and how long it is. */
  record Page(int offset, int limit) {}

  /** The page asked for; its end, {@code offset + limit}, must be an {@code int} too (the search counts up to it). */
  static Page page(Context context, int defaultLimit, int maxLimit) {
    int offset = integer(context, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = integer(context, "limit", defaultLimit, 1, maxLimit);
    if ((long) offset + limit > Integer.MAX_VALUE) {
      throw ApiException.badRequest("offset + limit must be at most " + Integer.MAX_VALUE + ", was "
          + ((long) offset + limit));
    }
    return new Page(offset, limit);
  }

  static int integer(Context context, String name, int fallback, int min, int max) {
    String value = context.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        throw ApiException.badRequest(
            name + " must be between " + min + " and " + max + ", was " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, was '" + value + "'");
    }
  }

  static @Nullable Integer year(Context context, String name) {
    return context.queryParam(name) == null || context.queryParam(name).isEmpty()
        ? null
        : integer(context, name, 0, -9999, 9999);
  }

  static @Nullable String text(Context context, String name) {
    String value = context.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_QUERY_LENGTH) {
      throw ApiException.badRequest(
          name + " must be at most " + MAX_QUERY_LENGTH + " characters, was " + value.length());
    }
    return value.strip();
  }

  static @Nullable EventStatus status(Context context) {
    String status = text(context, "status");
    if (status == null) {
      return null;
    }
    return EventStatus.ofLabel(status)
        .orElseThrow(() -> ApiException.badRequest("status must be one of "
            + Arrays.stream(EventStatus.values()).map(EventStatus::label).toList() + ", was '"
            + status + "'"));
  }

  /**
   * The layer names of {@code layers=a,b} (a name given twice counts once), or none when the
   * parameter is absent; a name that is not a layer name is refused.
   */
  static Set<String> layers(Context context) {
    String layers = text(context, "layers");
    if (layers == null) {
      return Set.of();
    }
    try {
      return Arrays.stream(layers.split(",", -1))
          .map(name -> LayerName.of(name.strip()).value())
          .collect(Collectors.toUnmodifiableSet());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("layers: " + e.getMessage());
    }
  }

  static @Nullable DocumentId source(Context context) {
    String source = text(context, "source");
    return source == null ? null : documentId(source);
  }

  static DocumentId documentId(String value) {
    try {
      return DocumentId.of(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(String.valueOf(e.getMessage()));
    }
  }

  /** A day, a month or a year as the first day it covers ({@code from}) or the last ({@code to}). */
  static @Nullable LocalDate day(Context context, String name, boolean last) {
    String value = text(context, name);
    if (value == null) {
      return null;
    }
    try {
      return switch (value.length()) {
        case 4 ->
          last
              ? LocalDate.of(Integer.parseInt(value), 12, 31)
              : LocalDate.of(Integer.parseInt(value), 1, 1);
        case 7 ->
          last ? YearMonth.parse(value).atEndOfMonth() : YearMonth.parse(value).atDay(1);
        default -> LocalDate.parse(value);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw ApiException.badRequest(
          name + " must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + value + "'");
    }
  }
}
