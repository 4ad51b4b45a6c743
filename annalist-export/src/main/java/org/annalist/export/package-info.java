/**
 * Exports of a store: {@code annalist-export/1} JSON, the documented contract for tools and
 * tests, and, from the same store, CSV tables, a TimelineJS3 timeline, a GraphML entity–event
 * graph and JSON-LD in the Simple Event Model with PROV-O provenance ({@link org.annalist.export.ExportFormat}).
 */
@NullMarked
package org.annalist.export;

import org.jspecify.annotations.NullMarked;
