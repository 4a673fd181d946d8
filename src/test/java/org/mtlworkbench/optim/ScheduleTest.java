package org.mtlworkbench.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

class ScheduleTest {

  @Test
  void constantIsConstant() {
    LearningRateSchedule s = ScheduleSpec.constant().create(0.1, 5, 100);
    assertThat(s.rate(0)).isEqualTo(0.1);
    assertThat(s.rate(1000)).isEqualTo(0.1);
  }

  @Test
  void stepDecaysEveryStepEpochs() {
    // 5 steps per epoch, decay ×0.5 every 2 epochs = every 10 steps
    LearningRateSchedule s = new ScheduleSpec("step", 2, 0.5, null).create(0.1, 5, 100);
    assertThat(s.rate(0)).isEqualTo(0.1);
    assertThat(s.rate(9)).isEqualTo(0.1); // epoch 1
    assertThat(s.rate(10)).isCloseTo(0.05, within(1e-15)); // epoch 2
    assertThat(s.rate(19)).isCloseTo(0.05, within(1e-15)); // epoch 3
    assertThat(s.rate(20)).isCloseTo(0.025, within(1e-15)); // epoch 4
  }

  @Test
  void cosineAnnealsToTheMinimum() {
    LearningRateSchedule s = new ScheduleSpec("cosine", null, null, 0.1).create(1.0, 5, 100);
    assertThat(s.rate(0)).isCloseTo(1.0, within(1e-15));
    // t/T = 1/4: 0.1 + 0.9·(1 + cos(π/4))/2 = 0.1 + 0.9·0.8535534 = 0.8681981
    assertThat(s.rate(25)).isCloseTo(0.8681981, within(1e-7));
    // t/T = 1/2: 0.1 + 0.9·(1 + 0)/2 = 0.55
    assertThat(s.rate(50)).isCloseTo(0.55, within(1e-15));
    assertThat(s.rate(100)).isCloseTo(0.1, within(1e-15));
    assertThat(s.rate(150)).isCloseTo(0.1, within(1e-15));
  }

  @Test
  void defaultsAndValidation() {
    ScheduleSpec d = new ScheduleSpec(null, null, null, null);
    assertThat(d).isEqualTo(new ScheduleSpec("constant", 10, 0.1, 0.0));
    assertThatThrownBy(() -> new ScheduleSpec("linear", null, null, null))
        .isInstanceOf(InputException.class)
        .hasMessage("optimizer.schedule.type must be one of constant, step, cosine, got 'linear'");
    assertThatThrownBy(() -> new ScheduleSpec("step", 0, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.schedule.stepEpochs");
    assertThatThrownBy(() -> new ScheduleSpec("step", null, 0.0, null))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.schedule.gamma");
    assertThatThrownBy(() -> new ScheduleSpec("cosine", null, null, -1.0))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.schedule.minLearningRate");
  }
}
