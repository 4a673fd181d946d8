package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.run.ControlledJobRunner;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyOutcome;
import org.mtlworkbench.study.StudyProgress;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.StudyResultsReader;
import org.mtlworkbench.study.StudyRunner;

/**
 * One study in the window: runs it on a background thread ({@link StudyRunner} with a {@link
 * ControlledJobRunner}, so that Pause and Cancel reach the run in progress), and holds what the
 * window shows — state, progress, the run in progress, the results so far — as properties changed
 * only on the window's thread ({@link StudyFeed}). The study directory is written by the runner as
 * it goes; a study directory opened later ({@link #open}) whose runs are not all complete can be
 * resumed ({@link #resume}), which skips the runs already complete.
 */
public final class StudySession {
  /** Word appended to the study's name for its folder in the workspace. */
  static final String FOLDER_SUFFIX = " study";

  private final Workspace workspace;
  private final Executor background;
  private final Executor fx;
  private final ObjectProperty<StudyState> state = new SimpleObjectProperty<>(StudyState.IDLE);
  private final ObjectProperty<StudyProgress> progress = new SimpleObjectProperty<>();
  private final ObjectProperty<StudyResults> results = new SimpleObjectProperty<>();
  private final ObjectProperty<Study> study = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> dir = new SimpleObjectProperty<>();
  private final StringProperty current = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanBinding resumable;
  private final RunWatch watch = new RunWatch();
  private ControlledJobRunner jobs;
  private volatile StudyRunner runner;
  private volatile boolean cancelAsked;

  /**
   * @param workspace where a new study's folder is made
   * @param background runs the study (and reads a study directory)
   */
  public StudySession(Workspace workspace, Executor background) {
    this(workspace, background, Platform::runLater);
  }

  StudySession(Workspace workspace, Executor background, Executor fx) {
    this.workspace = workspace;
    this.background = background;
    this.fx = fx;
    this.resumable = Bindings.createBooleanBinding(() -> !state.get().active() && dir.get() != null && study.get() != null
        && results.get() != null && results.get().complete() < results.get().planned(), state, dir, study, results);
  }

  public ReadOnlyObjectProperty<StudyState> stateProperty() {
    return state;
  }

  public ReadOnlyObjectProperty<StudyProgress> progressProperty() {
    return progress;
  }

  public ReadOnlyObjectProperty<StudyResults> resultsProperty() {
    return results;
  }

  /** The study running or shown. */
  public ReadOnlyObjectProperty<Study> studyProperty() {
    return study;
  }

  /** Its directory, once it has one. */
  public ReadOnlyObjectProperty<Path> dirProperty() {
    return dir;
  }

  /** The run in progress ("pcgrad · hard · seed 43"), or empty. */
  public ReadOnlyStringProperty currentProperty() {
    return current;
  }

  /** The run in progress (or the last), for a live dashboard to poll. */
  RunWatch watch() {
    return watch;
  }

  /** One line on what happened last (refusal, failure, how the study ended). */
  public ReadOnlyStringProperty messageProperty() {
    return message;
  }

  /** A study is shown whose directory has runs still to do, and none runs. */
  public BooleanBinding resumableProperty() {
    return resumable;
  }

  /** Starts a new study in a new folder of the workspace. */
  public void start(Study s) {
    run(s, null);
  }

  /** Runs the study shown in its own directory again: runs already complete are skipped. */
  public void resume() {
    if (resumable.get()) {
      run(study.get(), dir.get());
    }
  }

  private void run(Study s, Path into) {
    if (state.get().active()) {
      return;
    }
    cancelAsked = false;
    watch.clear();
    jobs = new ControlledJobRunner();
    ControlledJobRunner myJobs = jobs;
    study.set(s);
    if (into == null) {
      dir.set(null);
      results.set(null);
      progress.set(null);
    }
    state.set(StudyState.PREPARING);
    message.set("Reading the data…");
    Task<StudyOutcome> task = new Task<>() {
      @Override
      protected StudyOutcome call() {
        PreparedStudy prepared = PreparedStudy.of(s, null); // the data is read and checked before a folder is made
        Path folder = into != null ? into : workspace.newRunDir(s.name() + FOLDER_SUFFIX);
        fx.execute(() -> dir.set(folder));
        StudyRunner r = new StudyRunner(prepared, folder, watch.around(myJobs),
            new StudyFeed(prepared, folder, fx, StudySession.this::show, watch));
        runner = r;
        if (cancelAsked) {
          myJobs.stop();
          r.cancel();
        }
        return r.run();
      }
    };
    task.setOnSucceeded(e -> ended(task.getValue()));
    task.setOnFailed(e -> {
      Throwable t = task.getException();
      state.set(StudyState.ENDED);
      current.set("");
      message.set(t instanceof InputException ? t.getMessage() : "The study stopped on an error: " + t);
    });
    background.execute(task);
  }

  private void show(StudyFeed.Snapshot s) {
    if (s.outcome() == null && state.get() == StudyState.PREPARING) {
      state.set(jobs.isPaused() ? StudyState.PAUSED : StudyState.RUNNING);
      message.set("");
    }
    progress.set(s.progress());
    current.set(s.current() == null ? "" : s.current());
    if (s.results() != null) {
      results.set(s.results());
    }
  }

  private void ended(StudyOutcome o) {
    results.set(o.results());
    progress.set(o.progress());
    current.set("");
    state.set(StudyState.ENDED);
    StudyProgress p = o.progress();
    if (o.cancelled()) {
      message.set("Cancelled: " + p.done() + " of " + p.total() + " runs complete; Resume runs the rest.");
    } else if (!o.problems().isEmpty()) {
      message.set(o.problems().size() + " of " + p.total() + " runs did not finish (see the table); the others did.");
    } else {
      message.set("Done: " + p.total() + " runs in " + Numbers.duration(p.elapsedSeconds()) + ".");
    }
  }

  /** Pauses the run in progress after its current step, or resumes it. */
  public void togglePause() {
    if (jobs == null) {
      return;
    }
    if (state.get() == StudyState.RUNNING) {
      jobs.pause();
      state.set(StudyState.PAUSED);
    } else if (state.get() == StudyState.PAUSED) {
      jobs.resume();
      state.set(StudyState.RUNNING);
    }
  }

  /** Stops the run in progress and ends the study; every run complete so far is kept. */
  public void cancel() {
    if (!state.get().active() || state.get() == StudyState.CANCELLING) {
      return;
    }
    cancelAsked = true;
    state.set(StudyState.CANCELLING);
    message.set("Cancelling: stopping the run in progress…");
    jobs.stop();
    StudyRunner r = runner;
    if (r != null) {
      r.cancel();
    }
  }

  /**
   * Shows the study in {@code folder} as its files tell (read in the background); Resume is then
   * offered when its runs are not all complete.
   */
  public void open(Path folder, java.util.function.Consumer<Study> then) {
    if (state.get().active()) {
      return;
    }
    message.set("Reading " + folder.getFileName() + "…");
    Task<StudyResults> read = new Task<>() {
      private Study read;

      @Override
      protected StudyResults call() {
        read = StudyDirectory.prepared(folder).study();
        return StudyResultsReader.read(folder);
      }

      @Override
      protected void succeeded() {
        study.set(read);
        dir.set(folder);
        results.set(getValue());
        progress.set(null);
        state.set(StudyState.IDLE);
        StudyResults r = getValue();
        then.accept(read);
        message.set(r.complete() < r.planned() ? r.complete() + " of " + r.planned() + " runs complete; Resume runs the rest."
            : "All " + r.planned() + " runs complete.");
      }
    };
    read.setOnFailed(e -> message.set(read.getException() instanceof InputException ie ? ie.getMessage()
        : "Cannot read the study: " + read.getException()));
    background.execute(read);
  }

  /** Tells the user one line (a file saved, a refusal) where the study's messages go. */
  public void say(String line) {
    message.set(line);
  }

  /** Whether the window should ask before closing: a study is under way. */
  public boolean busy() {
    return state.get().active();
  }
}
