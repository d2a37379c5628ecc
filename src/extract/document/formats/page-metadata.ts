// A web page's own statement of its title and publication date, read from its metadata in the
// order publishers fill it most reliably. Title: Open Graph or Twitter title, the page's <h1>,
// then <title> without the site's name. Date: Open Graph and article meta tags, JSON-LD
// (schema.org NewsArticle), <time datetime>, then a Vietnamese dateline ("06/02/2025 14:30",
// "Thứ Năm, ngày 6/2/2025") in the page's date elements. Pure over a parsed DOM.
import { isoDay } from '../calendar-day';

/** The DOM surface we read; linkedom's and the browser's documents both have it. */
export interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface PageMetadata {
  title: string | null;
  /** YYYY-MM-DD in Vietnam's time zone (UTC+7), or null. */
  published: string | null;
  /** Where the date came from, for the diagnostic. */
  publishedFrom: string | null;
}

const TITLE_SELECTORS = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'];
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
// 2025-02-06 | 2025-02-06T14:30:00+07:00 | 2025-02-06T07:30:00Z
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
// 06/02/2025 | 6-2-2025 | ngày 6/2/2025
const DATELINE = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/u;

function content(doc: QueryableDocument, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

/** An ISO 8601 date or date-time → the calendar day in Vietnam. */
export function isoToVietnamDay(value: string): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null || m[4] === undefined || m[6] === undefined) return day;
  const instant = Date.parse(value.trim());
  if (Number.isNaN(instant)) return day;
  return new Date(instant + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function jsonLdDates(doc: QueryableDocument): string[] {
  const dates: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') dates.push(record.datePublished);
      if (record['@graph'] !== undefined) visit(record['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a malformed JSON-LD block is common on news sites; the other sources still answer
    }
  }
  return dates;
}

function datelineDay(doc: QueryableDocument): string | null {
  for (const el of doc.querySelectorAll('time, [class*="date"], [class*="time"], [class*="dateline"]')) {
    const m = DATELINE.exec(el.textContent ?? '');
    if (m) {
      const day = isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
      if (day !== null) return day;
    }
  }
  return null;
}

// "Headline | Site name" | "Headline - Site name": the site's name is not the report's title
const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—-]+$/u;

function withoutSiteName(title: string): string | null {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (trimmed.length === 0) return null;
  const stripped = trimmed.replace(SITE_SUFFIX, '');
  return stripped.length >= trimmed.length / 2 ? stripped : trimmed;
}

export function readPageMetadata(doc: QueryableDocument): PageMetadata {
  const title = TITLE_SELECTORS.map((s) => content(doc, s)).find((t) => t !== null)
    ?? (doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null)
    ?? withoutSiteName(doc.querySelector('title')?.textContent ?? '');
  const candidates: Array<[from: string, value: string | null]> = [
    ...DATE_SELECTORS.map((s) => [s.replace(/^meta\[|\]$/g, ''), content(doc, s)] as [string, string | null]),
    ...jsonLdDates(doc).map((d) => ['JSON-LD datePublished', d] as [string, string | null]),
    ['<time datetime>', doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null],
  ];
  for (const [from, value] of candidates) {
    const day = value === null ? null : isoToVietnamDay(value);
    if (day !== null) return { title, published: day, publishedFrom: from };
  }
  const dateline = datelineDay(doc);
  return { title, published: dateline, publishedFrom: dateline === null ? null : 'dateline' };
}
