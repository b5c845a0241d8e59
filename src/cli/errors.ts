// Errors the CLI reports as one line (and an exit code) rather than a stack trace.

/** A mistake in the command line: bad option, missing argument, unknown command. Exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at, if any. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure already explained on stderr (the details printed before it); ends the command with `exitCode`. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** Lines printed to stderr before the message. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
