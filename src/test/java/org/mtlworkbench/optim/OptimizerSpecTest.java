package org.mtlworkbench.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.nd4j.linalg.api.buffer.DataType;

class OptimizerSpecTest {
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void emptyJsonGivesTheDefaults() throws Exception {
    OptimizerSpec s = json.readValue("{}", OptimizerSpec.class);
    assertThat(s).isEqualTo(new OptimizerSpec("adam", 0.001, 0.0, false, 0.9, 0.999, 1e-8, 0.0,
        new ScheduleSpec("constant", 10, 0.1, 0.0)));
    assertThat(s.create(4, DataType.FLOAT)).isExactlyInstanceOf(Adam.class);
  }

  @Test
  void partialJsonKeepsTheRestAtDefaultsAndRoundTrips() throws Exception {
    OptimizerSpec s = json.readValue(
        "{\"type\":\"sgd\",\"learningRate\":0.05,\"momentum\":0.9,\"nesterov\":true,"
            + "\"schedule\":{\"type\":\"cosine\",\"minLearningRate\":0.001}}",
        OptimizerSpec.class);
    assertThat(s.learningRate()).isEqualTo(0.05);
    assertThat(s.beta2()).isEqualTo(0.999);
    assertThat(s.schedule().stepEpochs()).isEqualTo(10);
    assertThat(s.create(4, DataType.FLOAT)).isInstanceOf(Sgd.class);
    assertThat(json.readValue(json.writeValueAsString(s), OptimizerSpec.class)).isEqualTo(s);
    // cosine from 0.05 down to 0.001 over 10 steps
    assertThat(s.createSchedule(5, 10).rate(10)).isEqualTo(0.001);
  }

  @Test
  void createsEachType() {
    assertThat(new OptimizerSpec("adamw", null, null, null, null, null, null, 0.01, null).create(3, DataType.DOUBLE))
        .isInstanceOf(AdamW.class);
    assertThat(new OptimizerSpec("sgd", null, null, null, null, null, null, null, null).create(3, DataType.DOUBLE))
        .isInstanceOf(Sgd.class);
  }

  @Test
  void unknownFieldsAreErrors() {
    assertThatThrownBy(() -> json.readValue("{\"lr\":0.1}", OptimizerSpec.class))
        .hasMessageContaining("lr");
  }

  @Test
  void validationNamesTheField() {
    assertThatThrownBy(() -> new OptimizerSpec(null, -1.0, null, null, null, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessage("optimizer.learningRate must be > 0, got -1.0");
    assertThatThrownBy(() -> new OptimizerSpec("rmsprop", null, null, null, null, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessage("optimizer.type must be one of sgd, adam, adamw, got 'rmsprop'");
    assertThatThrownBy(() -> new OptimizerSpec("sgd", null, 1.0, null, null, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.momentum");
    assertThatThrownBy(() -> new OptimizerSpec(null, null, null, null, 1.0, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.beta1");
    assertThatThrownBy(() -> new OptimizerSpec(null, null, null, null, null, -0.5, null, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.beta2");
    assertThatThrownBy(() -> new OptimizerSpec(null, null, null, null, null, null, 0.0, null, null))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.epsilon");
    assertThatThrownBy(() -> new OptimizerSpec(null, null, null, null, null, null, null, -1.0, null))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.weightDecay");
    assertThatThrownBy(() -> new OptimizerSpec("sgd", null, null, true, null, null, null, null, null))
        .isInstanceOf(InputException.class).hasMessage("optimizer.nesterov needs optimizer.momentum > 0");
    assertThatThrownBy(() -> new OptimizerSpec(null, 0.01, null, null, null, null, null, null,
            new ScheduleSpec("cosine", null, null, 0.1)))
        .isInstanceOf(InputException.class).hasMessageContaining("optimizer.schedule.minLearningRate");
  }

  @Test
  void jsonValidationErrorCarriesTheInputException() {
    assertThatThrownBy(() -> json.readValue("{\"learningRate\":-1}", OptimizerSpec.class))
        .hasRootCauseInstanceOf(InputException.class)
        .hasRootCauseMessage("optimizer.learningRate must be > 0, got -1.0");
  }
}
