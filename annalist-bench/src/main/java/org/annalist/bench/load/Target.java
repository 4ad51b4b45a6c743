package org.annalist.bench.load;

/**
 * One request the load test makes.
 *
 * @param endpoint which endpoint it drives
 * @param path the path and query, from the server's root
 * @param expected what the answer must be about: the event id, the export format's name, or the query
 * @param mediaType the media type the answer must have
 */
public record Target(Endpoint endpoint, String path, String expected, String mediaType) {}
