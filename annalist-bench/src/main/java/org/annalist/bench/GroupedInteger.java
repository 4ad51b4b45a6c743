package org.annalist.bench;

import picocli.CommandLine.ITypeConverter;

/**
 * A whole number as a command line may give it, its digits grouped by {@code _} or {@code ,}:
 * {@code 1_000_000}, {@code 100,000}.
 */
final class GroupedInteger implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    return Integer.parseInt(value.replace("_", "").replace(",", ""));
  }
}
