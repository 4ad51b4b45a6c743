/**
 * The {@code annalist} command line: analyze, export, serve and run. Exit codes: 0 success,
 * 1 failure, 2 misuse (with usage shown).
 */
@NullMarked
package org.annalist.cli;

import org.jspecify.annotations.NullMarked;
