package org.annalist.cli;

import java.util.Locale;
import org.annalist.time.AnchoringMode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the anchoring mode a user names on the command line: {@code news}, {@code narrative}, or
 * {@code auto} (null: chosen per document). Any other value is misuse, named in the error.
 */
final class TimeModes implements ITypeConverter<@Nullable AnchoringMode> {
  static final String AUTO = "auto";

  @Override
  public @Nullable AnchoringMode convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case AUTO -> null;
      case "news" -> AnchoringMode.NEWS;
      case "narrative" -> AnchoringMode.NARRATIVE;
      default ->
        throw new TypeConversionException("must be auto, news or narrative, was '" + value + "'");
    };
  }
}
