/**
 * The HTTP API under {@code /api/} and the web UI, served from a store. Document text is
 * untrusted: the API returns it as JSON strings and the UI inserts it only as text.
 */
@NullMarked
package org.annalist.server;

import org.jspecify.annotations.NullMarked;
