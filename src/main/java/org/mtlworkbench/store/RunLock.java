package org.mtlworkbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The lock a writing process holds on {@code run.lock} in its run directory for the run's whole
 * life. run.json says "running" both while a run is alive and after its process was killed; the
 * lock tells them apart, because the operating system drops it when the process dies.
 *
 * <p>File locks belong to the process (POSIX {@code fcntl}): closing <em>any</em> channel on the
 * file releases every lock the JVM holds on it. So a probe never opens the file of a run that this
 * JVM is writing (it checks {@link #HELD} first), and probes and acquisitions are serialised on one
 * monitor so a probe's close cannot fall between another thread's lock and its bookkeeping.
 */
public final class RunLock implements AutoCloseable {
  /** The lock file's name inside a run directory. */
  public static final String FILE = RunFiles.LOCK;

  private static final Object MONITOR = new Object();
  private static final Set<Path> HELD = new HashSet<>();
  private static final long WAIT_MILLIS = 2000;

  private final Path file;
  private FileChannel channel;
  private FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code runDir} (creating the folder and the file). Waits up to two seconds
   * while a reader's brief probe holds it; fails if another writer holds it.
   */
  public static RunLock acquire(Path runDir) {
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
    Path file = null;
    try {
      Files.createDirectories(runDir);
      file = key(runDir);
      while (true) {
        synchronized (MONITOR) {
          if (HELD.contains(file)) {
            throw new IllegalStateException("run directory " + runDir + " is already being written by this process");
          }
          FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
          FileLock l = null;
          try {
            l = ch.tryLock();
          } finally {
            if (l == null) {
              ch.close();
            }
          }
          if (l != null) {
            HELD.add(file);
            return new RunLock(file, ch, l);
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("run directory " + runDir + " is being written by another process");
        }
        Thread.sleep(20);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + runDir.resolve(FILE) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while locking " + runDir.resolve(FILE), e);
    }
  }

  /**
   * True when a live process (this one or another) holds the lock of {@code runDir}; false when
   * there is no lock file or nobody holds it (the writer ended or died).
   */
  public static boolean isHeld(Path runDir) {
    Path file = key(runDir);
    synchronized (MONITOR) {
      if (HELD.contains(file)) {
        return true;
      }
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        FileLock probe = ch.tryLock(0, Long.MAX_VALUE, true);
        if (probe == null) {
          return true;
        }
        probe.release();
        return false;
      } catch (OverlappingFileLockException e) {
        return true;
      } catch (NoSuchFileException e) {
        return false;
      } catch (IOException e) {
        // Unreadable lock file: we cannot tell; say "not held" so the run is not shown as live forever.
        return false;
      }
    }
  }

  /** Releases the lock and removes the lock file; safe to call twice. */
  @Override
  public void close() {
    synchronized (MONITOR) {
      if (channel == null) {
        return;
      }
      try {
        Files.deleteIfExists(file);
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release " + file + ": " + e.getMessage(), e);
      } finally {
        HELD.remove(file);
        channel = null;
        lock = null;
      }
    }
  }

  /**
   * The lock file of {@code runDir} by its real path, so that two spellings of one folder (a
   * symbolic link, "a/../b") are recognised as one run in {@link #HELD}.
   */
  private static Path key(Path runDir) {
    try {
      return runDir.toRealPath().resolve(FILE);
    } catch (IOException e) {
      return runDir.toAbsolutePath().normalize().resolve(FILE);
    }
  }
}
