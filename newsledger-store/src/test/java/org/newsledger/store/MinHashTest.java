package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void shinglesWordFiveGramsIgnoringCaseAndPunctuation() {
    assertThat(MinHash.shingles("One two, THREE four five six."))
        .isEqualTo(MinHash.shingles("one two three four five six"))
        .hasSize(2);
    assertThat(MinHash.shingles("too short to shingle")).isEmpty();
  }

  @Test
  void measuresExactJaccardOfShingleSets() {
    assertThat(MinHash.jaccard(Set.of(1L, 2L, 3L), Set.of(2L, 3L, 4L))).isEqualTo(0.5);
    assertThat(MinHash.jaccard(Set.of(), Set.of())).isZero();
  }

  @Test
  void putsANearCopyInASharedBucketAndAnUnrelatedTextInNone() {
    String original = TestArticles.article(1);
    long[] a = MinHash.bandBuckets(MinHash.shingles(original));
    long[] copy = MinHash.bandBuckets(MinHash.shingles(TestArticles.syndicatedCopy(original)));
    long[] other = MinHash.bandBuckets(MinHash.shingles(TestArticles.article(2)));

    assertThat(shared(a, copy)).isPositive();
    assertThat(shared(a, other)).isZero();
  }

  private static int shared(long[] a, long[] b) {
    int shared = 0;
    for (int band = 0; band < a.length; band++) {
      shared += a[band] == b[band] ? 1 : 0;
    }
    return shared;
  }
}
