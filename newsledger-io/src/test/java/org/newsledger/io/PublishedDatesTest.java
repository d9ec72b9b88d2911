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
}
