package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;

/**
 * An event's date as TimelineJS3 date objects ({@code year}, {@code month}, {@code day}), as
 * finely as it is known: "1941" is a year, "July 1941" a month, a stretch of whole months ("between
 * May and July 1942") runs from its first month to its last, and any other stretch from its first
 * day to its last. A date known to the day, month or year has no end date.
 */
final class TimelineJsDate {
  private TimelineJsDate() {}

  static void write(JsonGenerator json, EventDate date) throws IOException {
    EventDate.Precision precision = date.precision();
    json.writeFieldName("start_date");
    write(json, date.earliest(), precision);
    if (!sameAt(date.earliest(), date.latest(), precision)) {
      json.writeFieldName("end_date");
      write(json, date.latest(), precision);
    }
  }

  /** A stretch of whole days, as an era's dates. */
  static void writeDays(JsonGenerator json, LocalDate first, LocalDate last) throws IOException {
    json.writeFieldName("start_date");
    write(json, first, EventDate.Precision.DAY);
    json.writeFieldName("end_date");
    write(json, last, EventDate.Precision.DAY);
  }

  private static void write(JsonGenerator json, LocalDate day, EventDate.Precision precision)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("year", day.getYear());
    if (precision != EventDate.Precision.YEAR) {
      json.writeNumberField("month", day.getMonthValue());
    }
    if (precision == EventDate.Precision.DAY) {
      json.writeNumberField("day", day.getDayOfMonth());
    }
    json.writeEndObject();
  }

  private static boolean sameAt(LocalDate first, LocalDate last, EventDate.Precision precision) {
    return switch (precision) {
      case YEAR -> first.getYear() == last.getYear();
      case MONTH -> first.getYear() == last.getYear() && first.getMonth() == last.getMonth();
      case DAY -> first.equals(last);
    };
  }
}
