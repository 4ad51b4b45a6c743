/**
 * Entity resolution: {@link org.annalist.entities.EntityResolver} groups
 * {@link org.annalist.entities.NameMention}s into {@link org.annalist.entities.Entity}s.
 *
 * <p>Each merge of two different names is recorded as {@link org.annalist.entities.MergeEvidence}
 * so that a user can see, and later undo, why two names were taken for one entity. The rules are
 * general (titles, case, short forms, Wade-Giles/pinyin syllables, abbreviations, numbered names,
 * spelling plus context); no list of particular people, places or organizations is built in.
 * {@link org.annalist.entities.DocumentNames} reads what the resolver takes from an annotated
 * document.
 */
@NullMarked
package org.annalist.entities;

import org.jspecify.annotations.NullMarked;
