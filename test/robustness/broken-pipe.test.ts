// Issue 15: `minutes-graph export … | head` died with an EPIPE stack trace. A reader that
// closes the pipe early is done reading, not an error: the CLI ends quietly with exit 0.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO, bundleCli } from './support/bundle';
import { tempDir } from './support/corpus-dir';
import { runCli } from './support/run-cli';

test('export to a pipe closed by its reader ends quietly', async () => {
  const cli = bundleCli();
  const data = join(tempDir('epipe'), 'data');
  expect(runCli(cli, ['--data', data, 'ingest', join(REPO, 'seeds')]).status).toBe(0);
  const child = spawn(process.execPath, [cli, '--data', data, 'export', '--format', 'gexf'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  // The reader goes away before the first byte: every write the CLI makes meets EPIPE.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exit = await new Promise<{ code: number | null; signal: string | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  expect({ ...exit, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
});
