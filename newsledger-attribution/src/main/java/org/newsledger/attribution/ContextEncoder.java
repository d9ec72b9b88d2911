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
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * A pretrained transformer encoder that gives each word of a paragraph a contextual vector: the
 * mean of the last hidden states of its word pieces. The model is all-MiniLM-L6-v2 (six layers, 384
 * dimensions, Apache-2.0), read from the classpath where its Maven artifact puts it and run by ONNX
 * Runtime on the CPU. Paragraphs longer than one window are read in overlapping windows, each piece
 * taking its state from the window where it lies furthest from an edge. Thread-safe.
 */
final class ContextEncoder {

  /** The encoder's name, recorded in the models that read it. */
  static final String NAME = "all-MiniLM-L6-v2";

  /** Width of each token vector. */
  static final int DIMENSION = 384;

  private static final String MODEL = "/all-minilm-l6-v2.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

  /** Word pieces per window, without the two special tokens. */
  private static final int WINDOW = 254;

  private static final int STRIDE = 192;

  private static volatile ContextEncoder shared;

  private final HuggingFaceTokenizer tokenizer;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final long cls;
  private final long sep;

  private ContextEncoder(HuggingFaceTokenizer tokenizer, OrtEnvironment env, OrtSession session) {
    this.tokenizer = tokenizer;
    this.env = env;
    this.session = session;
    long[] special = tokenizer.encode(new String[] {"a"}, true, false).getIds();
    this.cls = special[0];
    this.sep = special[special.length - 1];
  }

  /** The encoder, loaded once per process; a missing or broken model is a one-line error. */
  static ContextEncoder shared() {
    ContextEncoder encoder = shared;
    if (encoder == null) {
      synchronized (ContextEncoder.class) {
        encoder = shared;
        if (encoder == null) {
          encoder = load();
          shared = encoder;
        }
      }
    }
    return encoder;
  }

  private static ContextEncoder load() {
    try (InputStream model = ContextEncoder.class.getResourceAsStream(MODEL);
        InputStream vocab = ContextEncoder.class.getResourceAsStream(TOKENIZER)) {
      if (model == null || vocab == null) {
        throw new NewsledgerException(
            ErrorCode.BAD_CONFIGURATION, "encoder " + NAME + " is not on the classpath");
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
      return new ContextEncoder(tokenizer, env, env.createSession(model.readAllBytes(), options));
    } catch (IOException | OrtException | RuntimeException e) {
      if (e instanceof NewsledgerException ne) {
        throw ne;
      }
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "cannot load encoder " + NAME + ": " + e.getMessage(), e);
    }
  }

  /** One vector of {@link #DIMENSION} per word; a word without pieces gets zeros. */
  float[][] encode(List<String> words) {
    float[][] out = new float[words.size()][DIMENSION];
    if (words.isEmpty()) {
      return out;
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
    int[] count = new int[words.size()];
    for (int p = 0; p < n; p++) {
      int word = (int) wordIds[p];
      if (word < 0 || word >= words.size()) {
        continue;
      }
      count[word]++;
      for (int d = 0; d < DIMENSION; d++) {
        out[word][d] += pieces[p][d];
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (count[i] > 1) {
        for (int d = 0; d < DIMENSION; d++) {
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
                Map.of("input_ids", input, "attention_mask", attention, "token_type_ids", type))) {
      return ((float[][][]) result.get(0).getValue())[0];
    } catch (OrtException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "encoder " + NAME + " failed: " + e.getMessage(), e);
    }
  }
}
