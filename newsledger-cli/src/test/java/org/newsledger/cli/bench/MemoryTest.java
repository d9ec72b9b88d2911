package org.newsledger.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryTest {

  @Test
  void readsPeakResidentSetFromProcStatus() {
    String status =
        "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  1234567 kB\nVmRSS:\t 1000000 kB\n";
    assertThat(Memory.vmHwmKilobytes(status)).isEqualTo(1_234_567);
  }

  @Test
  void missingVmHwmIsUnknown() {
    assertThat(Memory.vmHwmKilobytes("Name:\tjava\n")).isEqualTo(-1);
  }
}
