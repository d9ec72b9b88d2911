package org.newsledger.attribution;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * A pretrained transformer encoder that gives each word of a paragraph a contextual vector: the
 * mean of the last hidden states of its word pieces. Two encoders can be read from the classpath,
 * where their Maven artifacts put them, and run by ONNX Runtime on the CPU: all-MiniLM-L6-v2 (six
 * layers, Apache-2.0) and e5-small-v2 (twelve layers, MIT), both with 384 dimensions and the same
 * uncased word-piece vocabulary. Paragraphs longer than one window are read in overlapping windows,
 * each piece taking its state from the window where it lies furthest from an edge. Thread-safe.
 */
final class ContextEncoder {

  /** The six-layer encoder the first learned models were trained with. */
  static final String MINILM = "all-MiniLM-L6-v2";

  /** The twelve-layer encoder. */
  static final String E5 = "e5-small-v2";

  /** What the name of an encoder's 8-bit quantized twin adds to its name. */
  static final String QUANTIZED = "-q";

  /**
   * The encoders on the classpath, by name: the base name of each one's ONNX and tokenizer file.
   */
  private static final Map<String, String> RESOURCES =
      Map.of(
          MINILM,
          "/all-minilm-l6-v2",
          E5,
          "/e5-small-v2",
          MINILM + QUANTIZED,
          "/all-minilm-l6-v2-q",
          E5 + QUANTIZED,
          "/e5-small-v2-q");

  /**
   * Whether models trained on a full-precision encoder read its int8 twin when tagging (system
   * property {@code newsledger.encoder.quantized}, default true): measured on PolNeAR test with the
   * MiniLM + e5 ensemble, F1 0.708 against 0.709 at full precision, 6.5 articles/s on two threads
   * against about 0.6 of that CPU time; {@code false} reads the full-precision encoder.
   */
  static final boolean READ_QUANTIZED =
      !"false".equalsIgnoreCase(System.getProperty("newsledger.encoder.quantized", "true"));

  /** Word pieces per window, without the two special tokens. */
  private static final int WINDOW = 254;

  private static final int STRIDE = 192;

  /** Most windows in one call of the encoder. */
  private static final int BATCH_WINDOWS = 32;

  /** Most word pieces in one call, padding and special tokens included. */
  private static final int BATCH_PIECES = 2048;

  /** Threads of one encoder call (a system property, for measuring; default 1). */
  private static final int THREADS = Integer.getInteger("newsledger.encoder.threads", 1);

  private static final Map<String, ContextEncoder> SHARED = new ConcurrentHashMap<>();

  private final String name;
  private final HuggingFaceTokenizer tokenizer;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final boolean tokenTypes;
  private final long cls;
  private final long sep;
  private final int width;

  private ContextEncoder(
      String name, HuggingFaceTokenizer tokenizer, OrtEnvironment env, OrtSession session)
      throws OrtException {
    this.name = name;
    this.tokenizer = tokenizer;
    this.env = env;
    this.session = session;
    this.tokenTypes = session.getInputNames().contains("token_type_ids");
    long[] special = tokenizer.encode(new String[] {"a"}, true, false).getIds();
    this.cls = special[0];
    this.sep = special[special.length - 1];
    this.width = run(new long[0])[0][0].length;
  }

  /** The names of the encoders that can be loaded. */
  static Set<String> names() {
    return new TreeSet<>(RESOURCES.keySet());
  }

  /**
   * The encoder called {@code name}, loaded once per process; an unknown name or a missing or
   * broken model is a one-line error.
   */
  static ContextEncoder named(String name) {
    return SHARED.computeIfAbsent(requireKnown(name), ContextEncoder::load);
  }

  /**
   * The encoder a model trained on {@code name} reads when tagging: that one, or its quantized twin
   * when {@link #READ_QUANTIZED} says so and there is one.
   */
  static ContextEncoder forTagging(String name) {
    String twin = name + QUANTIZED;
    return named(READ_QUANTIZED && RESOURCES.containsKey(twin) ? twin : name);
  }

  /** {@code name}, when it names an encoder that can be loaded; else a one-line error. */
  static String requireKnown(String name) {
    if (!RESOURCES.containsKey(name)) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "unknown encoder " + name + " (known: " + String.join(", ", names()) + ")");
    }
    return name;
  }

  /** The encoder's name, recorded in the models that read it. */
  String name() {
    return name;
  }

  private static ContextEncoder load(String name) {
    String base = RESOURCES.get(name);
    try (InputStream model = ContextEncoder.class.getResourceAsStream(base + ".onnx");
        InputStream vocab = ContextEncoder.class.getResourceAsStream(base + "-tokenizer.json")) {
      if (model == null || vocab == null) {
        throw new NewsledgerException(
            ErrorCode.BAD_CONFIGURATION, "encoder " + name + " is not on the classpath");
      }
      HuggingFaceTokenizer tokenizer =
          HuggingFaceTokenizer.newInstance(
              vocab,
              Map.of(
                  "padding", "false",
                  "truncation", "false",
                  "addSpecialTokens", "false",
                  "modelMaxLength", "1000000"));
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      // one thread per call, none waiting busily: articles are analyzed in parallel already, and
      // ONNX Runtime's own pool (as many threads as cores, spinning between calls) only competes
      options.setIntraOpNumThreads(THREADS);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      return new ContextEncoder(
          name, tokenizer, env, env.createSession(model.readAllBytes(), options));
    } catch (IOException | OrtException | RuntimeException e) {
      if (e instanceof NewsledgerException ne) {
        throw ne;
      }
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "cannot load encoder " + name + ": " + e.getMessage(), e);
    }
  }

  /** One vector per word, all of the encoder's width; a word without pieces gets zeros. */
  float[][] encode(List<String> words) {
    return encodeAll(List.of(words)).get(0);
  }

  /**
   * {@link #encode} for each of several paragraphs, with fewer and larger calls: the windows of all
   * paragraphs are sorted by length and run in batches of up to {@value #BATCH_WINDOWS} windows and
   * {@value #BATCH_PIECES} word pieces, padding included (the attention mask hides the padding, so
   * each window's states are those it gets alone, up to floating-point rounding).
   */
  List<float[][]> encodeAll(List<List<String>> paragraphs) {
    int count = paragraphs.size();
    long[][] ids = new long[count][];
    long[][] wordIds = new long[count][];
    float[][][] pieces = new float[count][][];
    List<int[]> windows = new ArrayList<>(); // paragraph, window, start, end, windows
    for (int s = 0; s < count; s++) {
      List<String> words = paragraphs.get(s);
      if (words.isEmpty()) {
        ids[s] = new long[0];
        wordIds[s] = new long[0];
        pieces[s] = new float[0][];
        continue;
      }
      Encoding encoding = tokenizer.encode(words.toArray(new String[0]), false, false);
      ids[s] = encoding.getIds();
      wordIds[s] = encoding.getWordIds();
      int n = ids[s].length;
      pieces[s] = new float[n][];
      int w = n <= WINDOW ? 1 : 1 + (n - WINDOW + STRIDE - 1) / STRIDE;
      for (int k = 0; k < w; k++) {
        int start = k * STRIDE;
        windows.add(new int[] {s, k, start, Math.min(n, start + WINDOW), w});
      }
    }
    windows.sort(Comparator.comparingInt((int[] x) -> x[3] - x[2]).reversed());
    int i = 0;
    while (i < windows.size()) {
      int longest = windows.get(i)[3] - windows.get(i)[2] + 2;
      int j = i + 1;
      while (j < windows.size() && j - i < BATCH_WINDOWS && (j - i + 1) * longest <= BATCH_PIECES) {
        j++;
      }
      List<int[]> batch = windows.subList(i, j);
      long[][] input = new long[batch.size()][];
      for (int b = 0; b < input.length; b++) {
        int[] x = batch.get(b);
        input[b] = Arrays.copyOfRange(ids[x[0]], x[2], x[3]);
      }
      float[][][] states = run(input);
      for (int b = 0; b < input.length; b++) {
        int[] x = batch.get(b);
        for (int p = x[2]; p < x[3]; p++) {
          if (pieces[x[0]][p] == null || owner(p, x[4]) == x[1]) {
            pieces[x[0]][p] = states[b][p - x[2] + 1];
          }
        }
      }
      i = j;
    }
    List<float[][]> out = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      out.add(words(paragraphs.get(s).size(), wordIds[s], pieces[s]));
    }
    return out;
  }

  /** Each word's mean piece state. */
  private float[][] words(int size, long[] wordIds, float[][] pieces) {
    float[][] out = new float[size][width];
    int[] count = new int[size];
    for (int p = 0; p < pieces.length; p++) {
      int word = (int) wordIds[p];
      if (word < 0 || word >= size) {
        continue;
      }
      count[word]++;
      for (int d = 0; d < width; d++) {
        out[word][d] += pieces[p][d];
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (count[i] > 1) {
        for (int d = 0; d < width; d++) {
          out[i][d] /= count[i];
        }
      }
    }
    return out;
  }

  /** The window whose centre lies nearest piece {@code p}. */
  private static int owner(int p, int windows) {
    int best = Math.round((p - WINDOW / 2f) / STRIDE);
    return Math.max(0, Math.min(windows - 1, best));
  }

  /**
   * The last hidden states of windows of word pieces (without the special tokens), run as one batch
   * padded to the longest; for each window, one state per piece with the two special tokens first
   * and last.
   */
  private float[][][] run(long[]... windows) {
    int longest = 0;
    for (long[] w : windows) {
      longest = Math.max(longest, w.length + 2);
    }
    long[][] ids = new long[windows.length][longest];
    long[][] mask = new long[windows.length][longest];
    long[][] types = new long[windows.length][longest];
    for (int b = 0; b < windows.length; b++) {
      long[] w = windows[b];
      ids[b][0] = cls;
      System.arraycopy(w, 0, ids[b], 1, w.length);
      ids[b][w.length + 1] = sep;
      Arrays.fill(mask[b], 0, w.length + 2, 1);
    }
    try (OnnxTensor input = OnnxTensor.createTensor(env, ids);
        OnnxTensor attention = OnnxTensor.createTensor(env, mask);
        OnnxTensor type = OnnxTensor.createTensor(env, types);
        OrtSession.Result result =
            session.run(
                tokenTypes
                    ? Map.of(
                        "input_ids", input, "attention_mask", attention, "token_type_ids", type)
                    : Map.of("input_ids", input, "attention_mask", attention))) {
      return (float[][][]) result.get(0).getValue();
    } catch (OrtException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "encoder " + name + " failed: " + e.getMessage(), e);
    }
  }
}
