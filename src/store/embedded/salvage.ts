// What can be read back from a damaged log: every intact frame, wherever it lies, and the byte
// ranges that are not (with what was found there). Frames delimit themselves and carry their
// own CRC, so after a damaged stretch reading resumes at the next header whose frame checks.
// Pure: bytes in, frames and dropped ranges out.
import { scanFrames } from './framing';

export interface DroppedRange {
  offset: number;
  length: number;
  reason: string;
}

export interface Salvage {
  /** The intact frames' bytes, in file order. */
  frames: Buffer[];
  dropped: DroppedRange[];
}

const HEADER = /^#(\d{1,12}) [0-9a-f]{8} [0-9a-f]{16}\n/;

/** True when a whole, intact frame starts at `at`. */
function frameStartsAt(buf: Buffer, at: number): boolean {
  const match = HEADER.exec(buf.toString('latin1', at, Math.min(buf.length, at + 48)));
  if (match === null) return false;
  const end = at + match[0].length + Number(match[1]) + 1;
  if (end > buf.length) return false;
  const scan = scanFrames(buf.subarray(at, end));
  return scan.kind === 'ok' && scan.frames.length === 1;
}

function nextFrameStart(buf: Buffer, from: number): number {
  for (let at = buf.indexOf('\n#', from - 1, 'latin1'); at >= 0; at = buf.indexOf('\n#', at + 1, 'latin1')) {
    if (at + 1 >= from && frameStartsAt(buf, at + 1)) return at + 1;
  }
  return buf.length;
}

export function salvageFrames(buf: Buffer): Salvage {
  const frames: Buffer[] = [];
  const dropped: DroppedRange[] = [];
  let at = 0;
  while (at < buf.length) {
    const scan = scanFrames(buf.subarray(at));
    for (const frame of scan.frames) frames.push(buf.subarray(at + frame.offset, at + frame.offset + frame.length));
    if (scan.kind === 'ok') break;
    if (scan.kind === 'torn') {
      if (at + scan.end < buf.length) dropped.push({ offset: at + scan.end, length: buf.length - at - scan.end, reason: 'incomplete record at the end' });
      break;
    }
    const bad = at + scan.offset;
    const next = nextFrameStart(buf, bad + 1);
    dropped.push({ offset: bad, length: next - bad, reason: scan.reason });
    at = next;
  }
  return { frames, dropped };
}
