// A progress bar for long runs (ingest, export), drawn with cli-progress on a terminal only.
// While it is drawn, every line the command prints goes above it through the bar, so lines and
// bar never overwrite each other; the summary comes after the bar is gone. Without a terminal
// there is no bar and lines go straight to their stream: a log keeps one plain line per file.
import { MultiBar, type SingleBar } from 'cli-progress';
import type { CliIO, ProgressTerminal } from './io';

export interface Progress {
  /** One more unit done; `item` says which (a file name), shown beside the bar. */
  tick(item: string): void;
  /** A line for stdout, above the bar. */
  out(line: string): void;
  /** A line for stderr, above the bar. */
  err(line: string): void;
  /** Removes the bar; lines printed afterwards go straight to their stream. */
  stop(): void;
}

/** No terminal: lines as they are, nothing else. */
function plainProgress(io: CliIO): Progress {
  return { tick: () => undefined, out: (line) => io.stdout(line), err: (line) => io.stderr(line), stop: () => undefined };
}

function barProgress(io: CliIO, terminal: ProgressTerminal, label: string, total: number, item: string): Progress {
  const bars = new MultiBar({
    stream: terminal as NodeJS.WriteStream,
    format: `${label} [{bar}] {value}/{total} {percentage}% | {duration_formatted} | ETA {eta_formatted} | {item}`,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
    // Long file names would wrap and break the redraw: cut at the terminal's width.
    linewrap: false,
    etaBuffer: 50,
  });
  const bar: SingleBar = bars.create(total, 0, { item });
  let stopped = false;
  const above = (line: string) => bars.log(line.endsWith('\n') ? line : `${line}\n`);
  const whenStopped = (write: (line: string) => void) => (line: string) => (stopped ? write(line) : above(line));
  return {
    tick: (item) => bar.increment(1, { item }),
    out: whenStopped((line) => io.stdout(line)),
    err: whenStopped((line) => io.stderr(line)),
    stop: () => {
      if (stopped) return;
      stopped = true;
      // stop() alone drops lines logged since the last redraw: draw once more, then stop.
      bars.update();
      bars.stop();
    },
  };
}

/**
 * A bar on `io.progressTerminal` when it is a terminal and there is more than one unit, else
 * plain lines. `needsStdoutTTY`: the command's stdout lines travel above the bar, so they must
 * be meant for a terminal too (ingest); an export with --out prints none.
 */
export function startProgress(io: CliIO, label: string, total: number, options: { needsStdoutTTY: boolean; item?: string }): Progress {
  const terminal = io.progressTerminal;
  if (terminal === undefined || terminal.isTTY !== true || (options.needsStdoutTTY && io.isTTY !== true) || total <= 1) return plainProgress(io);
  return barProgress(io, terminal, label, total, options.item ?? '');
}
