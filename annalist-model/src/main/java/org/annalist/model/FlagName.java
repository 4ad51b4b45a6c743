package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.regex.Pattern;

/**
 * The name of a flag a document or source carries: lower-case words joined by hyphens, such as
 * {@code redacted}. The set is open (a stage may raise a flag of its own); the flags that other
 * modules weigh are the constants here.
 */
public record FlagName(String value) implements Comparable<FlagName> {
  private static final Pattern FORM = Pattern.compile("[a-z]+(-[a-z]+)*");

  /** The clean stage set web chrome, bylines, repeated lines or caption labels aside. */
  public static final FlagName BOILERPLATE_REMOVED = new FlagName("boilerplate-removed");
  /** The clean stage found a censor's redaction marks. */
  public static final FlagName REDACTED = new FlagName("redacted");
  /** The timeline reads the source as fiction. */
  public static final FlagName FICTION = new FlagName("fiction");
  /** The timeline reads the source as a machine translation. */
  public static final FlagName MACHINE_TRANSLATION = new FlagName("machine-translation");
  /** The source shares copied passages with another. */
  public static final FlagName NEAR_DUPLICATE = new FlagName("near-duplicate");

  public FlagName {
    requireArgument(
        FORM.matcher(value).matches(),
        "flag must be lower-case words joined by hyphens, was '%s'",
        value);
  }

  public static FlagName of(String value) {
    return new FlagName(value);
  }

  @Override
  public int compareTo(FlagName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
