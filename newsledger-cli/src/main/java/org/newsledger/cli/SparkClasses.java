package org.newsledger.cli;

import java.util.function.Supplier;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Calls into the Spark module, which needs Spark's jars on the class path at run time only. */
final class SparkClasses {

  private SparkClasses() {}

  /** The value of {@code call}; a missing Spark class becomes a one-line error. */
  static <T> T run(Supplier<T> call) {
    try {
      return call.get();
    } catch (NoClassDefFoundError e) {
      throw new NewsledgerException(
          ErrorCode.RESOURCE_MISSING,
          "Spark is not on the class path ("
              + e.getMessage()
              + "): run through bin/newsledger, which adds newsledger-spark/target/spark-lib,"
              + " or spark-submit");
    }
  }
}
