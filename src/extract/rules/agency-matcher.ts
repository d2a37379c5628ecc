// Finds agencies and groups in a run of tokens: a trie over the folded words of every Vietnamese
// spelling in the gazetteer plus the group cues, longest match first. Capitalised spellings
// ("Bộ Tài chính") need a capital in the text, so "cán bộ tài chính" is not a ministry; one-word
// abbreviations ("BYT", "VPCP") must match case exactly; provinces need a place word before them
// ("tỉnh Sơn La", "UBND tỉnh Điện Biên") so that names like "Nguyễn Hòa Bình" stay people.
import type { AgencyRow } from '../lexicon/agency-row';
import { allAgencyRows, groupLabelsOf, validOn } from '../lexicon/gazetteer';
import { GROUP_CUES, type GroupLabel } from '../lexicon/groups';
import { foldedWordId, foldWords, INNER_PUNCT, registerFoldedWords, type Token } from '../document/tokens';

export interface AgencyHit {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  row?: AgencyRow;
  /** For groups: the scorer labels it stands for ([] = generic partner, names nobody). */
  labels?: GroupLabel[];
  ruleId: string;
}

interface Entry {
  row?: AgencyRow;
  labels?: GroupLabel[];
  requireCap: boolean;
  exact?: string;
  place: boolean;
  ruleId: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** `next` by the words' ids (tokens carry the id of their folded form): no string hashing. */
  nextById: Map<number, TrieNode>;
  entries: Entry[];
}

const newNode = (): TrieNode => ({ next: new Map(), nextById: new Map(), entries: [] });

function insert(root: TrieNode, words: string[], entry: Entry): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = newNode()));
    node = child;
  }
  node.entries.push(entry);
}

/**
 * A group phrase with and without the plural "các" before each inner "cơ quan": "Bộ trưởng, Thủ
 * trưởng (các) cơ quan ngang bộ, (các) cơ quan thuộc Chính phủ" is written both ways. Only before
 * "cơ quan": without "các", "Bộ trưởng các Bộ" would read "Bộ trưởng Bộ Công Thương" as a group.
 */
export function pluralVariants(words: readonly string[]): string[][] {
  const innerBody = (w: readonly string[], k: number) => k > 0 && w[k] === 'co' && w[k + 1] === 'quan';
  const bare = words.filter((w, k) => !(k > 0 && w === 'cac' && innerBody(words, k + 1)));
  const plural = bare.flatMap((w, k) => (innerBody(bare, k) && bare[k - 1] !== 'cac' ? ['cac', w] : [w]));
  // (Each spelling once: a phrase with no inner "cơ quan" has only itself.)
  return [...new Map<string, string[]>([words, bare, plural].map((v) => [v.join(' '), [...v]])).values()];
}

function buildTrie(): TrieNode {
  const root = newNode();
  for (const row of allAgencyRows()) {
    const labels = groupLabelsOf(row);
    const place = row.kind === 'province' || row.kind === 'city';
    // "Bộ Lao động Thương binh Xã hội", "Sở Tài nguyên - Môi trường": the press drops the "và" of
    // a long name.
    const withoutAnd = / và \p{Lu}/u.test(row.name) && !place ? [row.name.replace(/ và (?=\p{Lu})/gu, ' ')] : [];
    for (const spelling of [row.name, ...row.abbreviations, ...withoutAnd]) {
      const words = foldWords(spelling);
      if (words.length === 0) continue;
      const oneToken = !/[\s,&.\-–/]/.test(spelling);
      const capitalWord = /^\p{Lu}/u.test(spelling) && labels === undefined;
      const placeNamed = place && !/^(?:Thành phố|TP)/.test(spelling);
      insert(root, words, {
        row,
        labels,
        requireCap: capitalWord,
        exact: oneToken && spelling === spelling.toUpperCase() && spelling.length <= 8 ? spelling : undefined,
        place: placeNamed,
        ruleId: labels ? 'agency.group-row' : place ? 'agency.place' : 'agency.gazetteer',
      });
    }
  }
  for (const cue of GROUP_CUES) {
    for (const phrase of cue.phrases) {
      const words = foldWords(phrase);
      const entry = { labels: cue.labels, requireCap: false, place: false, ruleId: cue.id };
      for (const variant of pluralVariants(words)) insert(root, variant, entry);
    }
  }
  return root;
}

/** Fills every node's nextById, when the words could be given ids (see registerFoldedWords). */
function indexById(root: TrieNode): boolean {
  const words = new Set<string>();
  const nodes: TrieNode[] = [root];
  for (let n = 0; n < nodes.length; n++) for (const [w, child] of nodes[n].next) { words.add(w); nodes.push(child); }
  if (!registerFoldedWords(words)) return false;
  for (const node of nodes) for (const [w, child] of node.next) node.nextById.set(foldedWordId(w), child);
  return true;
}

const TRIE = buildTrie();
const BY_ID = indexById(TRIE);
// The root's children by word id in a dense array: the root is asked at every token, and most
// words open no name.
const ROOT_BY_ID: (TrieNode | undefined)[] = (() => {
  const ids = [...TRIE.nextById.keys()];
  const out: (TrieNode | undefined)[] = new Array(ids.length ? Math.max(...ids) + 1 : 0).fill(undefined);
  for (const [id, child] of TRIE.nextById) out[id] = child;
  return out;
})();
const childOf = (node: TrieNode, t: Token): TrieNode | undefined => {
  if (!BY_ID) return node.next.get(t.f);
  return node === TRIE ? ROOT_BY_ID[t.fid] : node.nextById.get(t.fid);
};
const PLACE_WORDS = new Set(['tinh', 'thanh pho', 'tp', 'thu do', 'diem cau', 'dau cau']);

export interface MatchOptions {
  asOf?: string;
  /** Allow a bare province name (inside a list that opened with "các tỉnh", "UBND tỉnh …"). */
  placeAllowed?: boolean;
  /** Words to prepend virtually ("Bộ" for "các Bộ: Tài chính, Xây dựng"). */
  prefix?: string[];
}

function acceptable(entry: Entry, first: Token, placeOk: () => boolean): boolean {
  if (entry.exact !== undefined && first.text !== entry.exact) return false;
  if (entry.requireCap && !first.cap) return false;
  if (entry.place && !placeOk()) return false;
  return true;
}

function previousWordIsPlace(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i - 2];
  if (a && a.word && PLACE_WORDS.has(a.f)) return true;
  if (a && a.text === '.' && b && b.f === 'tp') return true;
  return !!(a && b && a.word && b.word && PLACE_WORDS.has(`${b.f} ${a.f}`));
}

/** Longest agency or group spelled at tokens[i]; undefined when none. */
export function matchAgencyAt(tokens: readonly Token[], i: number, opts: MatchOptions = {}): AgencyHit | undefined {
  const first = tokens[i];
  if (!first || !first.word) return undefined;
  if (!opts.prefix && childOf(TRIE, first) === undefined) return undefined;
  let node: TrieNode | undefined = TRIE;
  for (const w of opts.prefix ?? []) node = node?.next.get(w);
  if (!node) return undefined;
  let placeKnown: boolean | undefined;
  const placeOk = () => (placeKnown ??= opts.placeAllowed === true || previousWordIsPlace(tokens, i));
  let best: AgencyHit | undefined;
  let j = i;
  while (node && j < tokens.length) {
    if (j > i) {
      // Inner punctuation may separate the words of one name ("Bộ LĐTB&XH", "bộ, ngành").
      while (j < tokens.length && !tokens[j].word && INNER_PUNCT.has(tokens[j].text)) j++;
      if (j >= tokens.length) break;
    }
    const t: Token = tokens[j];
    if (!t.word) break;
    node = childOf(node, t);
    if (!node) break;
    j++;
    // Most nodes on the way are inner words of longer names, with no entry to filter.
    if (node.entries.length === 0) continue;
    const candidates: Entry[] = node.entries.filter((e) => acceptable(e, first, placeOk));
    if (candidates.length) {
      const pick = (opts.asOf && candidates.find((e) => !e.row || validOn(e.row, opts.asOf!))) || candidates[0];
      best = { from: i, to: j, start: first.start, end: tokens[j - 1].end, row: pick.row, labels: pick.labels, ruleId: pick.ruleId };
    }
  }
  return best;
}

// The hits of a sentence without options, kept for the sentence: the officials step reads them,
// then the agencies step reads them again with the report's date.
const PLAIN_HITS = new WeakMap<readonly Token[], AgencyHit[]>();

/** Every agency or group in the tokens, left to right, non-overlapping (longest first). */
export function findAgencyHits(tokens: readonly Token[], opts: MatchOptions = {}): AgencyHit[] {
  if (opts.prefix !== undefined || opts.placeAllowed !== undefined) return scanHits(tokens, opts);
  let plain = PLAIN_HITS.get(tokens);
  if (!plain) { plain = scanHits(tokens, {}); PLAIN_HITS.set(tokens, plain); }
  if (opts.asOf === undefined) return plain.slice();
  // A date picks among the rows of a hit, never its extent (matchAgencyAt keeps every spelling
  // that fits, whatever the date): the same hits, each read again for the date where it starts.
  // (By index: an inlined map, meeting an empty list, sent the agencies step back to be compiled.)
  const dated: AgencyHit[] = [];
  for (let n = 0; n < plain.length; n++) dated.push(matchAgencyAt(tokens, plain[n].from, opts)!);
  return dated;
}

function scanHits(tokens: readonly Token[], opts: MatchOptions): AgencyHit[] {
  const hits: AgencyHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = matchAgencyAt(tokens, i, opts);
    if (hit) {
      hits.push(hit);
      i = hit.to - 1;
    }
  }
  return hits;
}
