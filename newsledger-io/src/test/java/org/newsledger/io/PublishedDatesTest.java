package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedDatesTest {

  @Test
  void keepsDatesAndCutsDateTimesToMinutes() {
    assertThat(PublishedDates.normalize("2024-05-07")).contains("2024-05-07");
    assertThat(PublishedDates.normalize("2024-05-07T09:04")).contains("2024-05-07T09:04");
    assertThat(PublishedDates.normalize("2024-05-07T09:04:31+02:00")).contains("2024-05-07T09:04");
    assertThat(PublishedDates.normalize("2024-05-07T09:04:31.250Z")).contains("2024-05-07T09:04");
    assertThat(PublishedDates.normalize(" 2024-05-07 09:04 ")).contains("2024-05-07T09:04");
  }

  @Test
  void rejectsWhatIsNotAnIsoDate() {
    assertThat(PublishedDates.normalize("7 May 2024")).isEmpty();
    assertThat(PublishedDates.normalize("2024-13-01")).isEmpty();
    assertThat(PublishedDates.normalize("2024-02-30")).isEmpty();
    assertThat(PublishedDates.normalize("2024-05-07T25:00")).isEmpty();
    assertThat(PublishedDates.normalize(null)).isEmpty();
  }

  @Test
  void keepsThePagesOffsetAndWritesUtcAsZ() {
    assertThat(PublishedDates.withOffset("2024-05-07T23:30:00-04:00"))
        .contains("2024-05-07T23:30-04:00");
    assertThat(PublishedDates.withOffset("2024-05-08T03:30:00.000Z")).contains("2024-05-08T03:30Z");
    assertThat(PublishedDates.withOffset("2024-05-07T09:04:31+0200"))
        .contains("2024-05-07T09:04+02:00");
    assertThat(PublishedDates.withOffset("2024-05-07 09:04")).contains("2024-05-07T09:04");
    assertThat(PublishedDates.withOffset("2024/05/07")).contains("2024-05-07");
    assertThat(PublishedDates.withOffset("Tue, 7 May 2024 09:04:00 GMT"))
        .contains("2024-05-07T09:04Z");
  }

  @Test
  void rejectsPlaceholderDates() {
    assertThat(PublishedDates.withOffset("0001-01-01T00:00:00Z")).isEmpty();
    assertThat(PublishedDates.withOffset("1970-01-01")).isEmpty();
    assertThat(PublishedDates.withOffset("2024-02-30")).isEmpty();
    assertThat(PublishedDates.withOffset("not a date")).isEmpty();
  }
}
