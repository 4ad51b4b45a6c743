package org.annalist.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a store can be exported in, by the name users type. */
public enum ExportFormat {
  /** {@code annalist-export/1}, see docs/EXPORT.md. */
  JSON("json", "application/json", ".json");

  private final String name;
  private final String mediaType;
  private final String extension;

  ExportFormat(String name, String mediaType, String extension) {
    this.name = name;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The format with this name, or an exception listing the names there are. */
  public static ExportFormat named(String name) {
    for (ExportFormat format : values()) {
      if (format.name.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name + "'; known formats: "
        + Arrays.stream(values()).map(ExportFormat::formatName).collect(Collectors.joining(", ")));
  }

  public String formatName() {
    return name;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  @Override
  public String toString() {
    return name;
  }
}
