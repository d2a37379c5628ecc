import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toTar } from '../../src/export/tar';

describe('toTar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tar-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the system tar lists and extracts the files byte for byte', () => {
    const entries = [
      { name: 'nodes-Agency.csv', content: 'id,name\r\na1,Bộ Y tế\r\n' },
      { name: 'empty.csv', content: '' },
      { name: 'block.csv', content: 'x'.repeat(512) },
    ];
    const file = join(dir, 'export.tar');
    writeFileSync(file, toTar(entries, new Date('2025-06-30T00:00:00Z')));
    expect(execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual(['nodes-Agency.csv', 'empty.csv', 'block.csv']);
    for (const entry of entries) {
      expect(execFileSync('tar', ['-xOf', file, entry.name], { encoding: 'utf8' })).toBe(entry.content);
    }
  });

  test('the same entries and time give the same bytes', () => {
    const at = new Date('2025-01-01T00:00:00Z');
    expect(toTar([{ name: 'a.csv', content: 'a' }], at).equals(toTar([{ name: 'a.csv', content: 'a' }], at))).toBe(true);
  });

  test('a name longer than ustar allows is refused, not truncated', () => {
    expect(() => toTar([{ name: `${'n'.repeat(100)}.csv`, content: '' }], new Date(0))).toThrow('file name too long');
  });
});
