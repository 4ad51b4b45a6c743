package org.annalist.ingest;

import org.apache.tika.mime.MediaType;

/**
 * The media type of a file as its bytes and name show it, and as its name alone claims it.
 *
 * @param content the type detected from the bytes and the name together (the bytes win)
 * @param claimedByName the type the file name alone suggests, {@code application/octet-stream} when
 *     the name says nothing
 */
record DetectedType(MediaType content, MediaType claimedByName) {}
