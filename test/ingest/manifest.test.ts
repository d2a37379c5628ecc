import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest } from '../../src/ingest/manifest';

describe('parseManifest', () => {
  test('reads the seeds manifest with the publication dates the reports carry', () => {
    const path = join(__dirname, '../../seeds/manifest.json');
    const result = parseManifest(readFileSync(path, 'utf8'), path);
    if (!result.ok) throw new Error(result.message);
    expect(result.entries.map((e) => [e.id, e.published])).toEqual([
      ['000', '2024-07-19'],
      ['001', '2025-02-06'],
      ['002', '2024-11-14'],
      ['003', '2023-12-21'],
      ['004', '2022-04-27'],
    ]);
    expect(result.entries.every((e) => e.language === 'vi')).toBe(true);
  });

  test.each([
    ['{', /m\.json: not valid JSON/],
    ['[]', /m\.json: expected an object with a "documents" array/],
    ['{"documents":[{"title":"x"}]}', /documents\[0\]: "file" must be a file name/],
    ['{"documents":[{"file":"a.txt","published":"19/7/2024"}]}', /documents\[0\]: "published" must be YYYY-MM-DD or null, not "19\/7\/2024"/],
  ])('%s is refused, naming the file and entry', (json, message) => {
    const result = parseManifest(json, 'm.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
