/**
 * Entity resolution: {@link org.annalist.entities.EntityResolver} groups
 * {@link org.annalist.entities.NameMention}s into {@link org.annalist.entities.Entity}s.
 *
 * <p>Each merge of two different names is recorded as {@link org.annalist.entities.MergeEvidence}
 * so that a user can see, and later undo, why two names were taken for one entity. The rules are
 * general (titles, case, short forms, Wade-Giles/pinyin syllables, spelling plus context); no list
 * of particular people or places is built in.
 */
@NullMarked
package org.annalist.entities;

import org.jspecify.annotations.NullMarked;
