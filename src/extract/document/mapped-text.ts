// Text rewritten from a source text (HTML turned into text, letters composed) that still knows
// where each of its UTF-16 units came from, so that spans found in it can be reported in the
// source's offsets (docs/extraction-format.md: offsets index the NFC input).
import type { Span } from '../types';

export class MappedText {
  private parts: string[] = [];
  private joined: string | null = '';
  private starts: number[] = [];
  private ends: number[] = [];

  /** Appends `text`, every unit of which came from source[start, end). */
  push(text: string, start: number, end: number): void {
    if (!text) return;
    this.parts.push(text);
    this.joined = null;
    for (let u = 0; u < text.length; u++) { this.starts.push(start); this.ends.push(end); }
  }

  /** Appends source[at, at + length) as it is. */
  copy(source: string, at: number, length: number): void {
    if (length <= 0) return;
    this.parts.push(source.slice(at, at + length));
    this.joined = null;
    for (let u = 0; u < length; u++) { this.starts.push(at + u); this.ends.push(at + u + 1); }
  }

  get text(): string {
    if (this.joined === null) { this.joined = this.parts.join(''); this.parts = [this.joined]; }
    return this.joined;
  }

  /** The same text after a regex rewrite: each replacement keeps the origin of its whole match. */
  replace(re: RegExp, replacement: string): MappedText {
    const text = this.text;
    const out = new MappedText();
    let last = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      out.slice(this, last, at);
      if (replacement && m[0].length) out.push(replacement, this.starts[at], this.ends[at + m[0].length - 1]);
      last = at + m[0].length;
    }
    out.slice(this, last, text.length);
    return out;
  }

  /** NFC, letter by letter, so composed letters keep their origin. */
  nfc(): MappedText {
    const text = this.text;
    if (text.normalize('NFC') === text) return this;
    const out = new MappedText();
    for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
      const at = m.index ?? 0;
      out.push(m[0].normalize('NFC'), this.starts[at], this.ends[at + m[0].length - 1]);
    }
    return out;
  }

  /** A span of this text as a span of the source. */
  toSource(span: Span): Span {
    const n = this.starts.length;
    const from = Math.max(0, Math.min(span.start, n));
    const to = Math.max(from, Math.min(span.end, n));
    if (to === from) {
      const at = from < n ? this.starts[from] : (n ? this.ends[n - 1] : 0);
      return { start: at, end: at };
    }
    return { start: this.starts[from], end: this.ends[to - 1] };
  }

  private slice(from: MappedText, a: number, b: number): void {
    if (b <= a) return;
    this.parts.push(from.text.slice(a, b));
    this.joined = null;
    for (let u = a; u < b; u++) { this.starts.push(from.starts[u]); this.ends.push(from.ends[u]); }
  }
}
