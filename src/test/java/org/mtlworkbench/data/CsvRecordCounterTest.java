package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordCounterTest {

  /** The counter must agree with commons-csv itself, the second pass of the loader. */
  @ParameterizedTest
  @ValueSource(strings = {
      "", "\n", "a", "a\n", "a,b\n1,2", "a,b\n1,2\n", "a\r\n1\r\n2\r\n", "a\n\n\n1\n\n",
      "a,b\n\"x\ny\",2\n3,4\n", "a\n\"he said \"\"hi\"\"\nthere\"\n2\n", "a,b\n1,x\"y\n2,z\n",
      "a\n\"\"\n", "a\n \n", "a\r1\r2", "\"a,\nb\"", "\uFEFF\"a\nb\",c\n1,2\n"
  })
  void agreesWithCommonsCsv(String text) throws IOException {
    long expected;
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (CSVParser p = CSVFormat.DEFAULT.parse(new StringReader(withoutBom))) {
      expected = p.getRecords().size();
    }
    long counted = CsvRecordCounter.count(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(counted).isEqualTo(expected);
  }
}
