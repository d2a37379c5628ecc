// `minutes-graph export` through the CLI entry point (global options, then the command), as
// a user types it: regression for the export options being refused by the global parser.
import { rm } from 'node:fs/promises';
import { main } from '../../src/cli/main';
import { openSeededStore } from './seeded-store';

test('main routes `--data DIR export --format graphml` to the export command', async () => {
  const seeded = await openSeededStore();
  const dataDir = seeded.dataDir;
  await seeded.store.close();
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s) };
  try {
    const code = await main(['--data', dataDir, 'export', '--format', 'graphml'], io, {});
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('<graphml');
    expect(stdout).toContain('Bộ Y tế');
    expect(await main(['--data', dataDir, 'export', '--format', 'xlsx'], io, {})).toBe(2);
    expect(stderr).toContain('unknown format "xlsx"');
  } finally {
    await rm(seeded.dir, { recursive: true, force: true });
  }
});
