// HTML pasted into a report (copied from a web page or a CMS) turned into plain text: block
// tags become line breaks, inline tags disappear, entities become their characters, and
// script/style bodies and comments are dropped. Only markup we recognise is touched, so a
// "<" or "&" in prose ("tỷ lệ < 5%", "Bộ KH&ĐT") is left alone.

import { MappedText } from './mapped-text';

const BLOCK_TAGS = 'p|div|br|li|ul|ol|tr|table|thead|tbody|tfoot|h[1-6]|section|article|header|footer|figure|figcaption|blockquote|hr|pre|dd|dt|dl|title|caption|center|nav|main|aside';
const INLINE_TAGS = 'span|b|i|u|s|strong|em|a|font|sup|sub|small|big|label|abbr|cite|q|strike|del|ins|mark|time|wbr|img|html|head|body|meta|link|o:p|td|th|iframe|button|input|form|code|tt|kbd|var|dfn|bdi|bdo|picture|source|video|audio|svg|path|noscript';

const COMMENT = /<!--[\s\S]*?-->/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_TAGS})(?:\\s[^<>]*)?\\/?>`, 'gi');
const CELL_TAG = /<\/?t[dh](?:\s[^<>]*)?>/gi;
const INLINE_TAG = new RegExp(`<\\/?(?:${INLINE_TAGS})(?:\\s[^<>]*)?\\/?>`, 'gi');
const DOCTYPE = /<!doctype[^>]*>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', deg: '°', times: '×', divide: '÷', plusmn: '±', percnt: '%', shy: '',
  ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '', zwj: '', lrm: '', rlm: '',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ',
  Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};

const KNOWN_ENTITY = new RegExp(`&(?:#\\d{1,7}|#x[0-9a-f]{1,6}|${Object.keys(NAMED_ENTITIES).join('|')});`, 'i');
const ANY_TAG = new RegExp(`<!--|<!doctype|<\\/?(?:${BLOCK_TAGS}|${INLINE_TAGS}|script|style)(?:\\s[^<>]*)?\\/?>`, 'i');
const HAS_BLOCK_TAG = new RegExp(BLOCK_TAG.source, 'i');

/** True when the text carries HTML tags or entities we would convert. */
export function hasHtml(text: string): boolean {
  return ANY_TAG.test(text) || KNOWN_ENTITY.test(text);
}

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

export interface HtmlToTextResult {
  text: string;
  tags: number;
  entities: number;
  /** The converted text with the origin of each unit in the HTML given. */
  mapped: MappedText;
}

// One pass over the markup: comments, script and style bodies, doctypes, tags and entities, in
// the order they occur. Entities are decoded in the same pass, so "&lt;p&gt;" stays the text "<p>".
const MARKUP = new RegExp([COMMENT.source, '<script\\b[^>]*>[\\s\\S]*?<\\/script\\s*>', '<style\\b[^>]*>[\\s\\S]*?<\\/style\\s*>',
  DOCTYPE.source, BLOCK_TAG.source, CELL_TAG.source, INLINE_TAG.source, ENTITY.source].join('|'), 'gi');
const anchored = (re: RegExp) => new RegExp(`^(?:${re.source})$`, 'i');
const IS_BLOCK = anchored(BLOCK_TAG);
const IS_CELL = anchored(CELL_TAG);
const IS_INLINE = anchored(INLINE_TAG);

/** What a piece of markup becomes: a line break, a tab, nothing; null when it is not ours. */
function tagKind(markup: string): 'block' | 'cell' | 'dropped' | null {
  if (markup.startsWith('<!') || /^<(?:script|style)/i.test(markup)) return 'dropped';
  if (IS_BLOCK.test(markup)) return 'block';
  if (IS_CELL.test(markup)) return 'cell';
  return IS_INLINE.test(markup) ? 'dropped' : null;
}

export function htmlToText(html: string): HtmlToTextResult {
  let tags = 0;
  let entities = 0;
  // With block markup, line breaks come from the tags; source line breaks are layout (HTML reads them as spaces).
  const collapse = HAS_BLOCK_TAG.test(html);
  const out = new MappedText();
  const plain = (from: number, to: number) => {
    if (!collapse) { out.copy(html, from, to - from); return; }
    for (const m of html.slice(from, to).matchAll(/\s+|[^\s]+/g)) {
      const at = from + (m.index ?? 0);
      if (/^\s/.test(m[0])) out.push(' ', at, at + m[0].length);
      else out.copy(html, at, m[0].length);
    }
  };
  let last = 0;
  for (const m of html.matchAll(MARKUP)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    plain(last, at);
    last = end;
    if (m[0][0] === '&') {
      const decoded = decodeEntity(m[0], m[0].slice(1, -1));
      if (decoded !== m[0]) { entities += 1; out.push(decoded, at, end); }
      else out.copy(html, at, m[0].length);
      continue;
    }
    const kind = tagKind(m[0]);
    if (kind === null) { out.copy(html, at, m[0].length); continue; }
    tags += 1;
    if (kind === 'block') out.push('\n', at, end);
    else if (kind === 'cell') out.push('\t', at, end);
  }
  plain(last, html.length);
  // Layout whitespace the tags left: trailing spaces on lines, runs of blank lines. Text that
  // only had entities ("R&amp;D") keeps its own layout.
  let mapped = out;
  if (tags > 0) {
    mapped = mapped.replace(/[ \t]+(?=\n)/g, '').replace(/(?<=\n)[ \t]+/g, '').replace(/(?<=\n\n)\n+/g, '').replace(/^\n+|\n+$/g, '');
  }
  return { text: mapped.text, tags, entities, mapped };
}
