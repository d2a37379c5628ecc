// The page's two languages: dates written one way per language, typed days read either way,
// counts, and a Vietnamese entry for every label the page can write.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS } from '../../explorer/src/views/agencies-table';
import { DOWNLOADS } from '../../explorer/src/views/home';
import { EDGE_TYPES, KIND_LABELS } from '../../explorer/src/graph-style';
import { countOf, formatDate, parseDate, t } from '../../explorer/src/i18n';
import { VI } from '../../explorer/src/i18n-vi';
import { STATE_LABELS } from '../../explorer/src/status';

test.each([
  ['2025-06-30', 'en', '2025-06-30'],
  ['2025-06-30', 'vi', '30/06/2025'],
  ['2025-07', 'vi', '07/2025'],
  ['quý III/2025', 'vi', 'quý III/2025'],
] as const)('formatDate(%j, %s) → %j', (iso, lang, expected) => {
  expect(formatDate(iso, lang)).toBe(expected);
});

test.each([
  ['2025-07-01', '2025-07-01'],
  ['01/07/2025', '2025-07-01'],
  ['1/7/2025', '2025-07-01'],
  [' 30.6.2025 ', '2025-06-30'],
  ['31/02/2025', null],
  ['07/2025', null],
  ['tomorrow', null],
])('parseDate(%j) → %j', (text, expected) => {
  expect(parseDate(text)).toBe(expected);
});

test.each([
  [1, 'directive', 'en', '1 directive'],
  [2, 'directive', 'en', '2 directives'],
  [2, 'directive', 'vi', '2 nhiệm vụ'],
  [1, 'meeting', 'vi', '1 cuộc họp'],
] as const)('countOf(%i, %s, %s) → %j', (n, noun, lang, expected) => {
  expect(countOf(n, noun, lang)).toBe(expected);
});

test('slots are filled in either language', () => {
  expect(t('due {date}', { date: '30/06/2025' }, 'vi')).toBe('hạn 30/06/2025');
  expect(t('Page {page} of {pages}', { page: 2, pages: 3 }, 'en')).toBe('Page 2 of 3');
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('every label the page writes has a Vietnamese entry', () => {
  const root = join(__dirname, '..', '..', 'explorer');
  const literal = sources(join(root, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
  const html = [...readFileSync(join(root, 'static', 'index.html'), 'utf8').matchAll(/data-i18n(?:-placeholder)?="([^"]*)"/g)].map((m) => m[1]);
  const tables = [
    ...Object.values(STATE_LABELS),
    ...Object.values(KIND_LABELS),
    ...Object.values(EDGE_TYPES).map((e) => e.label),
    ...COLUMNS.map((c) => c.label),
    ...DOWNLOADS.flatMap((d) => [d.label, d.note]),
  ];
  const keys = [...new Set([...literal, ...html, ...tables])];
  expect(keys.length).toBeGreaterThan(100);
  expect(keys.filter((k) => !(k in VI))).toEqual([]);
});
