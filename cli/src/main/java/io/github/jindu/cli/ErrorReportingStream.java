package io.github.jindu.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * A {@link PrintStream} that throws once it has failed: a print stream records an error (a closed pipe, a full disk)
 * instead of throwing, so a {@link java.io.PrintWriter} over it would never know. Over this stream it does, and a
 * long run ({@code assess-batch … | head}) can stop as soon as its output is gone.
 */
final class ErrorReportingStream extends FilterOutputStream {
  private final PrintStream target;

  ErrorReportingStream(PrintStream target) {
    super(target);
    this.target = target;
  }

  @Override
  public void write(int b) throws IOException {
    target.write(b);
    check();
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    target.write(b, off, len);
    check();
  }

  @Override
  public void flush() throws IOException {
    target.flush();
    check();
  }

  private void check() throws IOException {
    if (target.checkError()) {
      throw new IOException("the stream cannot be written");
    }
  }
}
