// What a CLI command may touch besides files: two output streams, whether stdout is a
// terminal, and the terminal a progress bar may be drawn on. Passed in so commands are testable.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY?: boolean;
  /** Where a progress bar may be drawn (stderr, when it is a terminal); absent: no bar. */
  progressTerminal?: ProgressTerminal;
}

/** A writable stream that may be a terminal, as cli-progress draws on one. */
export type ProgressTerminal = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTTY: Boolean(process.stdout.isTTY),
  progressTerminal: process.stderr,
};

/** A user mistake on the command line: printed as one line with usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * `export … | head` closes the pipe early: that is the reader being done, not an error, so
 * the process ends quietly instead of dying with an EPIPE stack trace.
 */
export function guardBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
