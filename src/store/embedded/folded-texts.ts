// The directives' folded texts in a snapshot (format 6), held apart from their tuples: lines of
// one JSON string each, the texts of many directives end to end, in the order the directives
// come in the document lines; a directive's tuple holds its text's length in place of the text.
// Opening then makes one large string per line, which V8 keeps in its large-object space (never
// copied by the young-generation collector), and each directive's text is a slice of it (a
// small object pointing into it): the texts were a tenth of the heap at 100k directives, and
// copying them as survivors a good part of opening's GC time. A line is kept alive by any slice
// of it; lines are ~512K characters, so a process that replaces documents keeps at most the
// snapshot's folded texts it opened with. Texts with a character past U+00FF stay in their tuple:
// one of them would make its whole line a two-byte string, twice the memory (pure, no I/O).
import type { PackedNode } from './snapshot-tuples';

const DIRECTIVE = 1;
/** Large enough that each line's string is a large object (past V8's 128 KB regular objects). */
const CHARACTERS_PER_LINE = 512 * 1024;
const QUOTE = 0x22;

/** Whether the snapshot line starting at `start` is a line of folded texts (a JSON string). */
export function isFoldedLine(buf: Buffer, start: number): boolean {
  return buf[start] === QUOTE;
}

function oneByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Collects the folded texts of the directive tuples it is given, and hands out lines of them. */
export class FoldedTextsWriter {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly perLine = CHARACTERS_PER_LINE) {}

  /** Moves each directive tuple's folded text here, leaving its length in the tuple. */
  takeFrom(nodes: PackedNode[]): void {
    for (const node of nodes) {
      if (!Array.isArray(node) || node[0] !== DIRECTIVE) continue;
      const text = node[2];
      if (typeof text !== 'string' || !oneByte(text)) continue;
      this.parts.push(text);
      this.length += text.length;
      node[2] = text.length;
    }
  }

  full(): boolean {
    return this.length >= this.perLine;
  }

  empty(): boolean {
    return this.parts.length === 0;
  }

  /** The texts collected since the last line, as one string (the next line's value). */
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return text;
  }
}

/** Hands out the folded texts in order, as slices of the lines, parsing a line when it is reached. */
export class FoldedTextsReader {
  private readonly lines: Iterator<string>;
  private line = '';
  private at = 0;

  constructor(lines: Iterable<string>) {
    this.lines = lines[Symbol.iterator]();
  }

  /** The next directive's folded text, of `length` characters. */
  take(length: number): string {
    // A text never spans two lines: the writer ends a line only after a whole text.
    while (this.at + length > this.line.length) {
      const next = this.lines.next();
      if (next.done === true) throw new Error('the folded texts end before the directives that need them');
      const value: unknown = JSON.parse(next.value);
      if (typeof value !== 'string') throw new Error('a line of folded texts is not a string');
      this.line = value;
      this.at = 0;
    }
    const text = this.line.slice(this.at, this.at + length);
    this.at += length;
    return text;
  }
}
