package org.annalist.timeline;

/**
 * A flag on a source with the reason it was raised.
 *
 * @param flag lower-case words with hyphens: {@code fiction}, {@code machine-translation},
 *     {@code redacted}, {@code near-duplicate}, {@code boilerplate-removed}
 * @param reason one sentence with the evidence
 */
public record SourceFlag(String flag, String reason) {}
