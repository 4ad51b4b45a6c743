/**
 * The data model: an immutable {@link org.annalist.model.Document} and stand-off
 * {@link org.annalist.model.Annotation}s, half-open UTF-16 {@link org.annalist.model.Span}s
 * into its text with a value and {@link org.annalist.model.Provenance}.
 */
@NullMarked
package org.annalist.model;

import org.jspecify.annotations.NullMarked;
