package org.newsledger.attribution;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
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

  /**
   * The encoders on the classpath, by name: the base name of each one's ONNX and tokenizer file.
   */
  private static final Map<String, String> RESOURCES =
      Map.of(MINILM, "/all-minilm-l6-v2", E5, "/e5-small-v2");

  /** Word pieces per window, without the two special tokens. */
  private static final int WINDOW = 254;

  private static final int STRIDE = 192;

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
    this.width = run(new long[0])[0].length;
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
    if (words.isEmpty()) {
      return new float[0][width];
    }
    Encoding encoding = tokenizer.encode(words.toArray(new String[0]), false, false);
    long[] ids = encoding.getIds();
    long[] wordIds = encoding.getWordIds();
    int n = ids.length;
    float[][] pieces = new float[n][];
    int windows = n <= WINDOW ? 1 : 1 + (n - WINDOW + STRIDE - 1) / STRIDE;
    for (int w = 0; w < windows; w++) {
      int start = w * STRIDE;
      int end = Math.min(n, start + WINDOW);
      float[][] states = run(Arrays.copyOfRange(ids, start, end));
      for (int p = start; p < end; p++) {
        if (pieces[p] == null || owner(p, windows) == w) {
          pieces[p] = states[p - start + 1];
        }
      }
    }
    float[][] out = new float[words.size()][width];
    int[] count = new int[words.size()];
    for (int p = 0; p < n; p++) {
      int word = (int) wordIds[p];
      if (word < 0 || word >= words.size()) {
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

  private float[][] run(long[] pieces) {
    long[] ids = new long[pieces.length + 2];
    ids[0] = cls;
    System.arraycopy(pieces, 0, ids, 1, pieces.length);
    ids[ids.length - 1] = sep;
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1);
    long[] types = new long[ids.length];
    try (OnnxTensor input = OnnxTensor.createTensor(env, new long[][] {ids});
        OnnxTensor attention = OnnxTensor.createTensor(env, new long[][] {mask});
        OnnxTensor type = OnnxTensor.createTensor(env, new long[][] {types});
        OrtSession.Result result =
            session.run(
                tokenTypes
                    ? Map.of(
                        "input_ids", input, "attention_mask", attention, "token_type_ids", type)
                    : Map.of("input_ids", input, "attention_mask", attention))) {
      return ((float[][][]) result.get(0).getValue())[0];
    } catch (OrtException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "encoder " + name + " failed: " + e.getMessage(), e);
    }
  }
}
