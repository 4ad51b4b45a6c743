/**
 * The clean stage: marks web chrome, bylines, repeated lines, caption labels and a censor's
 * redaction marks as stand-off annotations, never changing the text.
 *
 * <p>{@link org.annalist.clean.CleanStage} composes the rules: {@link
 * org.annalist.clean.WebChromeRule}, {@link org.annalist.clean.BylineRule}, {@link
 * org.annalist.clean.RepeatedLineRule} and {@link org.annalist.clean.CaptionLabelRule} for
 * boilerplate lines, and {@link org.annalist.clean.RedactionMarker} for redactions.
 */
@NullMarked
package org.annalist.clean;

import org.jspecify.annotations.NullMarked;
