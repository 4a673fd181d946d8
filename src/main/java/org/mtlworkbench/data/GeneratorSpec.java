package org.mtlworkbench.data;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The {@code "generator"} object of an experiment's data section: which synthetic data to make.
 * The JSON property {@code "type"} picks the kind; an unknown type is a deserialisation error that
 * lists the known ones.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CorrelatedRegressionSpec.class, name = CorrelatedRegressionSpec.TYPE),
  @JsonSubTypes.Type(value = ImbalancedRegressionSpec.class, name = ImbalancedRegressionSpec.TYPE),
  @JsonSubTypes.Type(value = CompetingRegressionSpec.class, name = CompetingRegressionSpec.TYPE),
  @JsonSubTypes.Type(value = MultiFashionSpec.class, name = MultiFashionSpec.TYPE)
})
public sealed interface GeneratorSpec permits CorrelatedRegressionSpec, ImbalancedRegressionSpec, CompetingRegressionSpec,
    MultiFashionSpec {

  /**
   * Generates the whole dataset (features x1..xd; targets y1..yK, or as the generator names them). Parameters out of
   * range are an {@link org.mtlworkbench.common.InputException} naming the field
   * ({@code "correlation: ..."}); callers prefix it with where the spec came from.
   */
  Dataset generate();

  /** The value of {@code "type"}. */
  String type();

  Integer rows();

  Long seed();
}
