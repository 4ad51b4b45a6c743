package org.annalist.timeline;

import org.annalist.model.FlagName;

/**
 * A flag on a source with the reason it was raised.
 *
 * @param flag the flag, e.g. {@link FlagName#FICTION}
 * @param reason one sentence with the evidence
 */
public record SourceFlag(FlagName flag, String reason) {}
