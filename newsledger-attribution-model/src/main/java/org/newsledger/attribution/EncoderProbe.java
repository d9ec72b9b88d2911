package org.newsledger.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A small feed-forward network (one hidden layer of rectified units, softmax over the tagger's
 * labels) that reads a token's {@link ContextEncoder} vector and says how likely the token is a
 * source, a cue or content. Its probabilities reach the CRF as binned features ({@link #features}),
 * so the CRF keeps its own shapes and learns how far to trust the encoder. Immutable once trained.
 */
final class EncoderProbe implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int HIDDEN = 48;

  /** Probability bins for the features: below each bound. */
  private static final double[] BINS = {0.05, 0.2, 0.4, 0.6, 0.8, 0.95};

  private final List<String> labels;
  private final float[] mean;
  private final float[] scale;
  private final float[][] w1;
  private final float[] b1;
  private final float[][] w2;
  private final float[] b2;

  private EncoderProbe(
      List<String> labels,
      float[] mean,
      float[] scale,
      float[][] w1,
      float[] b1,
      float[][] w2,
      float[] b2) {
    this.labels = List.copyOf(labels);
    this.mean = mean;
    this.scale = scale;
    this.w1 = w1;
    this.b1 = b1;
    this.w2 = w2;
    this.b2 = b2;
  }

  /**
   * Trains on token vectors {@code x} and their gold labels {@code y} (indexes into {@code labels})
   * by stochastic gradient descent for {@code epochs} passes in an order fixed by {@code seed}.
   */
  static EncoderProbe train(List<float[]> x, int[] y, List<String> labels, int epochs, long seed) {
    if (x.size() != y.length || x.isEmpty()) {
      throw new IllegalArgumentException("need as many labels as vectors, and some of each");
    }
    int d = x.get(0).length;
    int k = labels.size();
    float[] mean = new float[d];
    float[] scale = new float[d];
    for (float[] v : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += v[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= x.size();
    }
    for (float[] v : x) {
      for (int j = 0; j < d; j++) {
        float c = v[j] - mean[j];
        scale[j] += c * c;
      }
    }
    for (int j = 0; j < d; j++) {
      double sd = Math.sqrt(scale[j] / x.size());
      scale[j] = (float) (sd > 1e-6 ? 1 / sd : 1);
    }
    Random random = new Random(seed);
    float[][] w1 = new float[HIDDEN][d];
    float[] b1 = new float[HIDDEN];
    float[][] w2 = new float[k][HIDDEN];
    float[] b2 = new float[k];
    double s1 = Math.sqrt(2.0 / d);
    double s2 = Math.sqrt(2.0 / HIDDEN);
    for (float[] row : w1) {
      for (int j = 0; j < d; j++) {
        row[j] = (float) (random.nextGaussian() * s1);
      }
    }
    for (float[] row : w2) {
      for (int j = 0; j < HIDDEN; j++) {
        row[j] = (float) (random.nextGaussian() * s2);
      }
    }
    EncoderProbe probe = new EncoderProbe(labels, mean, scale, w1, b1, w2, b2);
    int[] order = new int[x.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    float[] in = new float[d];
    float[] hidden = new float[HIDDEN];
    float[] out = new float[k];
    float[] dHidden = new float[HIDDEN];
    long step = 0;
    long steps = (long) epochs * order.length;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int index : order) {
        float lr = (float) (0.02 * (1 - 0.9 * step++ / (double) steps));
        probe.forward(x.get(index), in, hidden, out);
        out[y[index]] -= 1;
        Arrays.fill(dHidden, 0);
        for (int c = 0; c < k; c++) {
          float g = out[c];
          float[] row = w2[c];
          for (int h = 0; h < HIDDEN; h++) {
            dHidden[h] += g * row[h];
            row[h] -= lr * g * hidden[h];
          }
          b2[c] -= lr * g;
        }
        for (int h = 0; h < HIDDEN; h++) {
          if (hidden[h] <= 0) {
            continue;
          }
          float g = lr * dHidden[h];
          float[] row = w1[h];
          for (int j = 0; j < d; j++) {
            row[j] -= g * in[j];
          }
          b1[h] -= g;
        }
      }
    }
    return probe;
  }

  /** The labels the probabilities of {@link #probabilities} belong to, in order. */
  List<String> labels() {
    return labels;
  }

  /** Label probabilities for one token vector. */
  float[] probabilities(float[] vector) {
    float[] out = new float[labels.size()];
    forward(vector, new float[vector.length], new float[b1.length], out);
    return out;
  }

  private void forward(float[] vector, float[] in, float[] hidden, float[] out) {
    for (int j = 0; j < in.length; j++) {
      in[j] = (vector[j] - mean[j]) * scale[j];
    }
    for (int h = 0; h < hidden.length; h++) {
      float[] row = w1[h];
      float s = b1[h];
      for (int j = 0; j < in.length; j++) {
        s += row[j] * in[j];
      }
      hidden[h] = Math.max(0, s);
    }
    float max = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < out.length; c++) {
      float[] row = w2[c];
      float s = b2[c];
      for (int h = 0; h < hidden.length; h++) {
        s += row[h] * hidden[h];
      }
      out[c] = s;
      max = Math.max(max, s);
    }
    float sum = 0;
    for (int c = 0; c < out.length; c++) {
      out[c] = (float) Math.exp(out[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < out.length; c++) {
      out[c] /= sum;
    }
  }

  /**
   * CRF features from each token's label probabilities: every label's binned probability, the most
   * likely label at the token and beside it (alone and in pairs), and the binned probability that
   * the token is content at all (inside or beginning). Names starting with {@code !} also feed the
   * CRF's tag-pair clique.
   */
  static List<List<String>> features(float[][] probabilities, List<String> labels) {
    int n = probabilities.length;
    String[] best = new String[n];
    for (int i = 0; i < n; i++) {
      int arg = 0;
      for (int c = 1; c < labels.size(); c++) {
        if (probabilities[i][c] > probabilities[i][arg]) {
          arg = c;
        }
      }
      best[i] = labels.get(arg);
    }
    int content = labels.indexOf("CONTENT");
    int begin = labels.indexOf("B-CONTENT");
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(labels.size() + 6);
      for (int c = 0; c < labels.size(); c++) {
        f.add("ep:" + labels.get(c) + "=" + bin(probabilities[i][c]));
      }
      String prev = i > 0 ? best[i - 1] : "<S>";
      String next = i + 1 < n ? best[i + 1] : "<E>";
      f.add("!ea=" + best[i]);
      f.add("ea-=" + prev);
      f.add("ea+=" + next);
      f.add("!ea-0=" + prev + "|" + best[i]);
      f.add("ea0+=" + best[i] + "|" + next);
      if (content >= 0 && begin >= 0) {
        f.add("ec=" + bin(probabilities[i][content] + probabilities[i][begin]));
      }
      out.add(f);
    }
    return out;
  }

  private static int bin(double p) {
    int b = 0;
    while (b < BINS.length && p >= BINS[b]) {
      b++;
    }
    return b;
  }
}
