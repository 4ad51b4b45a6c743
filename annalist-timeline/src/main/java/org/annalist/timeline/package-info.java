/**
 * The corpus-level steps over compact event mentions of every document: alignment into
 * cross-document events, conflicts between the sources of an event, and source profiles.
 */
@NullMarked
package org.annalist.timeline;

import org.jspecify.annotations.NullMarked;
