package org.annalist.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method's contract in JetBrains' notation ({@code "false, _, _ -> fail"}), which NullAway reads: any annotation
 * named {@code Contract} counts.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Contract {
  /** The contract's clauses. */
  String value();
}
