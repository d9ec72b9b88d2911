package org.newsledger.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.datasources.OutputWriter;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import scala.Function1;
import scala.collection.immutable.Map$;

/**
 * Writes the {@link Tables} from the tasks that analyze the articles, in the same pass: each task
 * writes its rows of every table into one Parquet file per table and publication day, laid out as
 * Spark lays out a table partitioned by {@link Tables#PARTITION} ({@code
 * out/attributions/published_date=2024-05-07/part-00003.snappy.parquet}), with Spark's own Parquet
 * writer. A task writes under {@code out/_temporary} and moves its files into place when it ends;
 * the file names hold the partition number only, so a retried task replaces its files. Made on the
 * driver ({@link #prepare}), serialized to the tasks.
 */
final class TableFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String TEMPORARY = "_temporary";

  private final String out;
  private final Map<String, OutputWriterFactory> factories;
  private final Map<String, SerializableConfiguration> configurations;

  private TableFiles(
      String out,
      Map<String, OutputWriterFactory> factories,
      Map<String, SerializableConfiguration> configurations) {
    this.out = out;
    this.factories = factories;
    this.configurations = configurations;
  }

  /** Prepares the Parquet writers of every table and empties the tables' folders in {@code out}. */
  static TableFiles prepare(SparkSession spark, String out) {
    Configuration base = spark.sparkContext().hadoopConfiguration();
    Map<String, OutputWriterFactory> factories = new HashMap<>();
    Map<String, SerializableConfiguration> configurations = new HashMap<>();
    try {
      FileSystem fs = new Path(out).getFileSystem(base);
      for (String table : Tables.NAMES) {
        fs.delete(new Path(out, table), true);
        Job job = Job.getInstance(new Configuration(base));
        factories.put(
            table,
            new ParquetFileFormat()
                .prepareWrite(spark, job, Map$.MODULE$.<String, String>empty(), dataSchema(table)));
        configurations.put(table, new SerializableConfiguration(job.getConfiguration()));
      }
      fs.delete(new Path(out, TEMPORARY), true);
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot prepare the output folder", e);
    }
    return new TableFiles(out, factories, configurations);
  }

  /** Makes the folder of every table (an empty table is an empty folder) and removes the rest. */
  void finish(Configuration conf) throws IOException {
    FileSystem fs = new Path(out).getFileSystem(conf);
    for (String table : Tables.NAMES) {
      fs.mkdirs(new Path(out, table));
    }
    fs.delete(new Path(out, TEMPORARY), true);
  }

  /** The writers of one task; close them to move the task's files into place. */
  Writers open() {
    return new Writers();
  }

  /** A table's columns as stored in its files: all but the partition column (the last). */
  private static StructType dataSchema(String table) {
    StructField[] fields = Tables.ALL.get(table).fields();
    return new StructType(java.util.Arrays.copyOf(fields, fields.length - 1));
  }

  /** The open files of one task, one per table and day. */
  final class Writers implements AutoCloseable {
    private final int partition;
    private final String attempt;
    private final Map<String, OutputWriter> open = new LinkedHashMap<>();
    private final Map<String, Path[]> moves = new LinkedHashMap<>();
    private final Map<String, Function1<Object, Object>> converters = new HashMap<>();
    private final Map<String, TaskAttemptContext> contexts = new HashMap<>();

    private Writers() {
      TaskContext task = TaskContext.get();
      partition = task == null ? 0 : task.partitionId();
      attempt = task == null ? "0" : task.taskAttemptId() + "-" + task.attemptNumber();
    }

    /** Writes one row into its table's file of its day. */
    void write(TableRow tableRow) {
      String table = tableRow.table();
      Row row = tableRow.row();
      int columns = row.length() - 1;
      String day = row.getString(columns);
      String key = table + "/" + Tables.PARTITION + "=" + day;
      OutputWriter writer = open.get(key);
      if (writer == null) {
        writer = newWriter(table, key);
        open.put(key, writer);
      }
      Object[] values = new Object[columns];
      for (int i = 0; i < columns; i++) {
        values[i] = row.get(i);
      }
      writer.write(
          (InternalRow)
              converters
                  .computeIfAbsent(
                      table, t -> CatalystTypeConverters.createToCatalystConverter(dataSchema(t)))
                  .apply(RowFactory.create(values)));
    }

    private OutputWriter newWriter(String table, String key) {
      TaskAttemptContext context =
          contexts.computeIfAbsent(
              table,
              t -> new TaskAttemptContextImpl(configurations.get(t).value(), new TaskAttemptID()));
      OutputWriterFactory factory = factories.get(table);
      String file = String.format("part-%05d%s", partition, factory.getFileExtension(context));
      Path temporary = new Path(new Path(new Path(out, TEMPORARY), attempt), key + "/" + file);
      moves.put(key, new Path[] {temporary, new Path(new Path(out, key), file)});
      return factory.newInstance(temporary.toString(), dataSchema(table), context);
    }

    /** Closes the files and moves them into place, replacing those of an earlier attempt. */
    @Override
    public void close() {
      try {
        for (OutputWriter writer : open.values()) {
          writer.close();
        }
        if (moves.isEmpty()) {
          return;
        }
        Configuration conf = contexts.values().iterator().next().getConfiguration();
        FileSystem fs = new Path(out).getFileSystem(conf);
        for (Path[] move : moves.values()) {
          fs.mkdirs(move[1].getParent());
          fs.delete(move[1], false);
          if (!fs.rename(move[0], move[1])) {
            throw new IOException("cannot move " + move[0] + " to " + move[1]);
          }
        }
        fs.delete(new Path(new Path(out, TEMPORARY), attempt), true);
      } catch (IOException e) {
        throw new UncheckedIOException(out + ": cannot write the tables", e);
      }
    }
  }
}
