// `minutes-graph extract`: scorer JSON, readable table, --explain, and clear errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractCommand } from '../../src/cli/extract-command';

const SEED = join(__dirname, '..', '..', 'seeds', '001_83451dbc79f63736.txt');

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await extractCommand(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

describe('extract command', () => {
  test('--json prints the scorer format', async () => {
    const { code, out, err } = await run(['--json', '--published', '2025-02-06', SEED]);
    expect([code, err]).toEqual([0, '']);
    const json = JSON.parse(out);
    expect(json.meeting).toMatchObject({ date: '2025-02-06', chairs: [{ name: 'Phạm Minh Chính' }] });
    expect(json.officials).toEqual([expect.objectContaining({ name: 'Phạm Minh Chính' })]);
    const health = json.directives.filter((d: { assignees: { name: string }[] }) => d.assignees.some((a) => a.name === 'Bộ Y tế'));
    expect(health.map((d: { deadline: { date: string } }) => d.deadline.date)).toEqual(['2025-06-30', '2025-09-30']);
    for (const d of json.directives) {
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['text', 'assigner', 'assignees', 'coordinators', 'deadline', 'source']));
      expect(d.rules.length).toBeGreaterThan(0);
    }
  });

  test('without --json a readable table', async () => {
    const { code, out } = await run(['--published', '2025-02-06', SEED]);
    expect(code).toBe(0);
    expect(out).toContain('Chairs:     Phạm Minh Chính');
    expect(out).toMatch(/by Phạm Minh Chính → Bộ Y tế {3}due 2025-09-30 \("trong tháng 9"\)/);
  });

  test('--explain shows each directive with its sentence and rules', async () => {
    const { code, out } = await run(['--explain', '--published', '2025-02-06', SEED]);
    expect(code).toBe(0);
    expect(out).toMatch(/rules: shape\.subject → cue\.subject-modal/);
    expect(out).toContain('sentence [');
  });

  test('a missing file: message names the file, exit 1, no stack trace', async () => {
    const { code, err } = await run(['/no/such/report.txt']);
    expect(code).toBe(1);
    expect(err).toBe('minutes-graph extract: /no/such/report.txt: no such file\n');
  });

  test('bytes that are not text are refused with a reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-extract-'));
    const file = join(dir, 'binary.bin');
    writeFileSync(file, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    try {
      const { code, err } = await run([file]);
      expect(code).toBe(1);
      expect(err).toContain(file);
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [['--published', '6/2/2025', SEED], '--published must be a date YYYY-MM-DD'],
    [[], 'expected exactly one FILE'],
    [['--bogus', SEED], 'Unknown option'],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const { code, err } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
