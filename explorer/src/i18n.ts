// The page's two languages: English labels with ISO dates (2025-06-30), or Vietnamese labels
// with Vietnamese dates (30/06/2025). Every date and label on the page goes through here, so
// one page never mixes the two. Report texts (names, sentences) stay as the reports wrote them.
import { isIsoDate } from './dates';
import { VI } from './i18n-vi';

export type Locale = 'en' | 'vi';

const STORAGE_KEY = 'minutes-graph-locale';
let current: Locale = 'en';

export function locale(): Locale {
  return current;
}

/** Sets the language (remembered in this browser) and the document's lang. */
export function setLocale(next: Locale): void {
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage can be off (private mode): the choice then lasts until the page reloads.
  }
}

/** The remembered language, else English. */
export function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'vi' ? 'vi' : 'en';
  } catch {
    return 'en';
  }
}

/** A label in the current language; `{name}` slots are filled from `vars`. */
export function t(text: string, vars: Record<string, string | number> = {}, lang: Locale = current): string {
  const template = lang === 'vi' ? (VI[text] ?? text) : text;
  return template.replace(/\{(\w+)\}/g, (slot: string, name: string) => (name in vars ? String(vars[name]) : slot));
}

/** "3 directives" / "3 nhiệm vụ" (Vietnamese nouns have no plural). */
export function countOf(n: number, singular: string, lang: Locale = current): string {
  if (lang === 'vi') return `${n} ${VI[singular] ?? singular}`;
  return `${n} ${n === 1 ? singular : `${singular}s`}`;
}

/** YYYY-MM-DD as the language writes it; anything else (a month, a phrase) is left alone. */
export function formatDate(iso: string, lang: Locale = current): string {
  if (lang !== 'vi') return iso;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  if (/^\d{4}-\d{2}$/.test(iso)) return `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return iso;
}

/** A typed day, in either way of writing it (2025-07-01 or 1/7/2025), as YYYY-MM-DD; null if it is not a real day. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : value;
  return isIsoDate(iso) ? iso : null;
}

/** How a date is typed in the current language, for placeholders. */
export function datePattern(lang: Locale = current): string {
  return lang === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}
