package org.annalist.store;

import java.time.LocalDate;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.jspecify.annotations.Nullable;

/** What a list of documents shows, without the text. */
public record DocumentSummary(
    DocumentId id,
    String path,
    String mediaType,
    @Nullable String title,
    @Nullable String site,
    @Nullable LocalDate published,
    int length,
    DocumentFlags flags) {}
