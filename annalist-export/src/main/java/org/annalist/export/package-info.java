/**
 * Exports of a store: {@code annalist-export/1} JSON, the documented contract for tools and tests.
 */
@NullMarked
package org.annalist.export;

import org.jspecify.annotations.NullMarked;
