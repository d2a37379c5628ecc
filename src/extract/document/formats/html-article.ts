// A saved web page → the article's own text, title and date. The page is parsed by linkedom
// (a small, fast DOM) and the article found by Mozilla's Readability (Firefox's reader view),
// so the site's menus, ads, sidebars, share bars, "related articles" and footers stay out.
// Readability judges blocks by text density; before it runs we also remove what is chrome by
// its own name (nav, aside, footer, and classes such as "related", "share", "banner"), which
// news sites often nest inside the article container where density alone would keep it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic } from '../../types';
import { htmlToText } from '../html';
import { readPageMetadata } from './page-metadata';
import type { FormatRefusal } from './refusal';

export type HtmlArticleResult =
  | { ok: true; text: string; title: string | null; published: string | null; diagnostics: Diagnostic[] }
  | FormatRefusal;

const CHROME_TAGS = 'nav, aside, footer, form, iframe, noscript, script, style, button, select, [role="navigation"], [role="banner"], [role="complementary"], [aria-hidden="true"]';
// related | tin-lien-quan | share | social | advert | ads | quang-cao | banner | comment | breadcrumb | menu | sidebar | tags | newsletter
const CHROME_NAME = /(?:^|[\s_-])(?:related|relate|lien-?quan|tinlienquan|share|sharing|social|advert\w*|ads?|quang-?cao|qc|banner|comments?|binh-?luan|breadcrumbs?|menu|navbar|sidebar|widget|tags?|newsletter|subscribe|most-?read|doc-?nhieu|popup|cookie)(?:$|[\s_-])/i;
/** Readability's minimum article length; short official notices are still articles. */
const CHAR_THRESHOLD = 200;

interface ElementLike {
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
  querySelector(selector: string): unknown;
}

function removeChrome(document: { querySelectorAll(s: string): Iterable<ElementLike>; body: { textContent: string | null } | null }): number {
  let removed = 0;
  const pageText = document.body?.textContent?.length ?? 0;
  for (const el of [...document.querySelectorAll(CHROME_TAGS)]) {
    el.remove();
    removed += 1;
  }
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // never the article container itself, whatever it is called ("main has-sidebar")
    const holdsArticle = el.querySelector('article, [itemprop="articleBody"]') !== null || (el.textContent?.length ?? 0) > pageText * 0.5;
    if (CHROME_NAME.test(name) && !holdsArticle) {
      el.remove();
      removed += 1;
    }
  }
  return removed;
}

export function htmlArticleToText(html: string): HtmlArticleResult {
  const { document } = parseHTML(html);
  const meta = readPageMetadata(document);
  const removed = removeChrome(document as unknown as Parameters<typeof removeChrome>[0]);
  const article = new Readability(document as unknown as Document, { charThreshold: CHAR_THRESHOLD, keepClasses: false }).parse();
  if (article === null || !article.content) {
    return { ok: false, code: 'NO_ARTICLE', message: 'web page has no article text (only navigation or a script-built page?)' };
  }
  const body = htmlToText(article.content).text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const title = meta.title ?? article.title?.trim() ?? null;
  // The headline is the report's first line, as in a plain-text report.
  const lines = title !== null && body[0] !== title ? [title, ...body] : body;
  const diagnostics: Diagnostic[] = [{
    ruleId: 'format/html-article', severity: 'info',
    message: `article text taken from a web page (${removed} page-chrome element${removed === 1 ? '' : 's'} removed)${meta.publishedFrom ? `; date from ${meta.publishedFrom}` : ''}`,
  }];
  return { ok: true, text: lines.join('\n'), title, published: meta.published, diagnostics };
}
