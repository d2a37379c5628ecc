// What a CLI command may touch besides files: two output streams and whether stdout is a
// terminal (progress lines only make sense there). Passed in so commands are testable.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY?: boolean;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTTY: Boolean(process.stdout.isTTY),
};

/** A user mistake on the command line: printed as one line with usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
