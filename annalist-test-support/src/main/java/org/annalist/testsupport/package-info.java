/**
 * Test support: fixtures that the tests of several modules share. {@link
 * org.annalist.testsupport.TestDocuments} builds documents by hand, without reading files or
 * loading models; {@link org.annalist.testsupport.Fixtures} writes files of every format, broken
 * ones and decompression bombs among them. Depended on at test scope only.
 */
@NullMarked
package org.annalist.testsupport;

import org.jspecify.annotations.NullMarked;
