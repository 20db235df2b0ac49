package io.github.jindu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What {@code assess-batch} shows on standard error while it runs: a progress bar on a terminal (units read, the
 * share of the input's bytes read, the rate and the time left, drawn by {@code me.tongfei:progressbar}); plain
 * lines every few seconds when standard error is a file or a pipe ({@code jindu：已读 N 行，已读输入的 P%}); or
 * nothing ({@code --quiet}, {@code --progress 0}).
 *
 * <p>Standard output is the same whatever is shown here, and whatever the timing.
 */
abstract class BatchProgress implements AutoCloseable {
  /** How many characters the bar takes at most, so that a line clears it. */
  private static final int BAR_WIDTH = 100;

  /** Nothing: {@code --quiet}, or {@code --progress 0}. */
  static BatchProgress none() {
    return new BatchProgress() {
      @Override
      void update(long lines, long bytes) {}

      @Override
      void beforeLine() {}

      @Override
      public void close() {}
    };
  }

  /**
   * Plain lines on {@code err}, one every {@code seconds} seconds (checked when {@link #update} is called).
   *
   * @param size the input's size in bytes, when known (a regular file)
   */
  static BatchProgress lines(PrintWriter err, CliText text, int seconds, OptionalLong size) {
    long interval = TimeUnit.SECONDS.toNanos(seconds);
    return new BatchProgress() {
      private long next = System.nanoTime() + interval;

      @Override
      void update(long lines, long bytes) {
        if (System.nanoTime() - next < 0) {
          return;
        }
        next = System.nanoTime() + interval;
        if (size.isPresent() && size.getAsLong() > 0) {
          long percent = Math.min(100, bytes * 100 / size.getAsLong());
          err.print(
              text.get(
                      "batch.progress.percent",
                      String.valueOf(lines),
                      lines,
                      String.valueOf(percent))
                  + "\n");
        } else {
          err.print(text.get("batch.progress", String.valueOf(lines), lines) + "\n");
        }
        err.flush();
      }

      @Override
      void beforeLine() {}

      @Override
      public void close() {}
    };
  }

  /**
   * A progress bar on {@code err}, redrawn in place twice a second: the input's megabytes read of its size (or of
   * an unknown size, from a pipe), the rate, the time left, and the units read.
   *
   * @param size the input's size in bytes, when known (a regular file)
   */
  static BatchProgress bar(PrintWriter err, CliText text, OptionalLong size) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("jindu")
            .setStyle(ProgressBarStyle.UNICODE_BLOCK)
            .setInitialMax(size.orElse(-1))
            .setUnit("MB", 1_000_000)
            .showSpeed()
            .setUpdateIntervalMillis(500)
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    rendered -> {
                      synchronized (err) {
                        err.print("\r" + rendered);
                        err.flush();
                      }
                    },
                    BAR_WIDTH))
            .build();
    return new BatchProgress() {
      private boolean closed;

      @Override
      void update(long lines, long bytes) {
        bar.stepTo(bytes);
        bar.setExtraMessage(" " + text.get("batch.bar.units", String.valueOf(lines), lines));
      }

      @Override
      void beforeLine() {
        synchronized (err) {
          err.print("\r" + " ".repeat(BAR_WIDTH) + "\r");
        }
      }

      @Override
      public void close() {
        if (closed) {
          return;
        }
        closed = true;
        bar.close();
        synchronized (err) {
          err.print("\n");
          err.flush();
        }
      }
    };
  }

  /**
   * {@return whether this process's standard error is a terminal}: on Linux, whether file descriptor 2 is a
   * terminal device ({@code /dev/pts/…}, {@code /dev/tty…}); elsewhere, whether the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Says how far the run is: {@code lines} lines read, {@code bytes} bytes of the input. */
  abstract void update(long lines, long bytes);

  /** Makes room for a line of its own on standard error (a violation), clearing the bar if there is one. */
  abstract void beforeLine();

  /** Ends the display; the summary line follows on a line of its own. */
  @Override
  public abstract void close();
}
