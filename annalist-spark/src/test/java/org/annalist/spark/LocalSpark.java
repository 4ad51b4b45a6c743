package org.annalist.spark;

import org.apache.spark.sql.SparkSession;

/** Spark in {@code local[2]}, as CI runs it: two executor threads in the test's JVM, on the loopback interface only. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("annalist-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}
