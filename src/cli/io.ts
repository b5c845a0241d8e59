// Where the CLI reads and writes, injected so that tests (and other hosts) can run it with their own streams.

/** Something the CLI can write text to. */
export interface Writer {
  write(text: string): unknown;
}

/** The streams, environment and terminal facts the CLI runs with. */
export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads all of standard input (for `-`); absent when there is none. */
  readonly readStdin?: () => Promise<string>;
  /** Whether standard input is a terminal (then commands that would read it ask for a file instead). */
  readonly stdinIsTTY?: boolean;
  /** Whether standard output and standard error are terminals: colours are used only there. */
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
}

/** Text styles: ANSI escapes on a colour terminal, the identity otherwise. */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const ansi = (open: number, close: number) => (text: string): string => `\x1b[${open}m${text}\x1b[${close}m`;
const plain = (text: string): string => text;

const COLOURS: Style = {
  enabled: true,
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  green: ansi(32, 39),
  cyan: ansi(36, 39),
};
const PLAIN: Style = { enabled: false, bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };

/**
 * Colours only on a terminal, never when NO_COLOR is set (https://no-color.org: any non-empty value);
 * FORCE_COLOR turns them on elsewhere (but NO_COLOR still wins).
 */
export function styleFor(isTTY: boolean | undefined, env: CliIo['env']): Style {
  if (env['NO_COLOR']) return PLAIN;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return COLOURS;
  return isTTY ? COLOURS : PLAIN;
}

// eslint-disable-next-line no-control-regex -- matching the escapes is the point
const ESCAPES = /\x1b\[[0-9;]*m/g;

/** The width a string takes on screen, without colour escapes. */
export const visibleLength = (text: string): string['length'] => text.replace(ESCAPES, '').length;
