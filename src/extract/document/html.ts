// HTML pasted into a report (copied from a web page or a CMS) turned into plain text: block
// tags become line breaks, inline tags disappear, entities become their characters, and
// script/style bodies and comments are dropped. Only markup we recognise is touched, so a
// "<" or "&" in prose ("tỷ lệ < 5%", "Bộ KH&ĐT") is left alone.

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
}

export function htmlToText(html: string): HtmlToTextResult {
  let tags = 0;
  let entities = 0;
  const count = (replacement: string) => () => {
    tags += 1;
    return replacement;
  };
  // With block markup, line breaks come from the tags; source line breaks are layout (HTML reads them as spaces).
  const source = HAS_BLOCK_TAG.test(html) ? html.replace(/\s+/g, ' ') : html;
  let text = source
    .replace(COMMENT, count(''))
    .replace(SCRIPT_OR_STYLE, count(''))
    .replace(DOCTYPE, count(''))
    .replace(BLOCK_TAG, count('\n'))
    .replace(CELL_TAG, count('\t'))
    .replace(INLINE_TAG, count(''));
  // Entities after tags, so "&lt;p&gt;" stays the text "<p>" rather than becoming a paragraph.
  text = text.replace(ENTITY, (match, body: string) => {
    const decoded = decodeEntity(match, body);
    if (decoded !== match) entities += 1;
    return decoded;
  });
  // Layout whitespace the tags left: trailing spaces on lines, runs of blank lines. Text that
  // only had entities ("R&amp;D") keeps its own layout.
  if (tags > 0) {
    text = text.replace(/[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
  }
  return { text, tags, entities };
}
