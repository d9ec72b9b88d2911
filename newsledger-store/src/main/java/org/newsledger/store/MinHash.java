package org.newsledger.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-duplicate detection over word 5-gram shingles: a MinHash signature cut into LSH bands finds
 * candidates, and the exact Jaccard similarity of the shingle sets decides.
 */
final class MinHash {

  /** Words per shingle. */
  static final int SHINGLE_WORDS = 5;

  /** Number of LSH bands; with {@link #ROWS} rows each, Jaccard 0.8 is a candidate 99.98%. */
  static final int BANDS = 16;

  /** Signature rows per band. */
  static final int ROWS = 4;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private MinHash() {}

  /** The hashed word 5-grams of the text, lower-cased; empty when it has fewer than 5 words. */
  static Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
      shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
    }
    return shingles;
  }

  /** One bucket per band: a hash of the band's rows of the MinHash signature. */
  static long[] bandBuckets(Set<Long> shingles) {
    long[] signature = new long[SEEDS.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SEEDS.length; i++) {
        signature[i] = Math.min(signature[i], mix(shingle ^ SEEDS[i]));
      }
    }
    long[] buckets = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long bucket = band;
      for (int row = 0; row < ROWS; row++) {
        bucket = mix(bucket * 31 + signature[band * ROWS + row]);
      }
      buckets[band] = bucket;
    }
    return buckets;
  }

  /** Jaccard similarity of two shingle sets; 0 when both are empty. */
  static double jaccard(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<Long> smaller = a.size() <= b.size() ? a : b;
    Set<Long> larger = smaller == a ? b : a;
    long shared = smaller.stream().filter(larger::contains).count();
    return (double) shared / (a.size() + b.size() - shared);
  }

  private static long hash(String shingle) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < shingle.length(); i++) {
      h = (h ^ shingle.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64 finalizer: a cheap, well-mixed 64-bit permutation. */
  private static long mix(long value) {
    long z = value + 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds(int count) {
    SplittableRandom random = new SplittableRandom(20240507L);
    long[] seeds = new long[count];
    for (int i = 0; i < count; i++) {
      seeds[i] = random.nextLong();
    }
    return seeds;
  }
}
