/**
 * The analysis as an Apache Spark job: the per-document stages on the executors, their results
 * as Parquet, loaded into a store on the driver, where the corpus is linked (docs/SPARK.md).
 */
@NullMarked
package org.annalist.spark;

import org.jspecify.annotations.NullMarked;
