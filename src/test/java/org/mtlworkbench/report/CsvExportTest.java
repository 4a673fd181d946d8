package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;

class CsvExportTest {
  @TempDir Path dir;

  @Test
  void metricsKeepEveryRowAsWrittenAndSkipAHalfWrittenLastLine() throws Exception {
    Path run = RunDirFixture.write(dir.resolve("r1"));
    List<String> original = Files.readAllLines(run.resolve("metrics.csv"));
    Files.writeString(run.resolve("metrics.csv"), "301,3,x,train,0.12", StandardOpenOption.APPEND); // cut by a crash
    StoredRun stored = RunReader.read(run);
    Path out = dir.resolve("m.csv");
    CsvExport.metrics(List.of(stored), out);
    List<String> lines = Files.readAllLines(out);
    // 300 steps × 2 tasks + 3 validations × 2 tasks: every one, none thinned out
    assertThat(lines).hasSize(1 + 606);
    assertThat(lines.get(0)).isEqualTo("run," + original.get(0));
    for (int i = 1; i < original.size(); i++) {
      assertThat(lines.get(i)).isEqualTo("r1," + original.get(i));
    }
  }

  @Test
  void summaryHasValuesBaselinesAndDeltas() throws Exception {
    StoredRun run = RunReader.read(RunDirFixture.write(dir.resolve("r1")));
    Path out = dir.resolve("s.csv");
    CsvExport.summary(List.of(run), out);
    assertThat(Files.readAllLines(out)).containsExactly(
        "run,split,task,metric,value,baseline,delta",
        "r1,test,<script>alert(1)</script>,loss,0.4321,,",
        "r1,test,<script>alert(1)</script>,mse,0.4321,0.5,0.1358",
        "r1,test,\"a&b\"\"c'\",loss,0.8765,,",
        "r1,test,\"a&b\"\"c'\",mse,0.8765,,");
  }
}
