// `serve` over a large store starts again with its old generation sized for the graph
// (src/cli/sized-start.ts): which command lines serve which directory, and which snapshot
// sizes are worth the second start.
import { join } from 'node:path';
import { oldSpaceMbFor, servedDataDir, SIZED_START_MIN_SNAPSHOT_BYTES } from '../../src/cli/sized-start';

const CWD = '/srv/minutes';

test.each([
  [['serve'], {}, join(CWD, 'data')],
  [['--data', 'store', 'serve', '--port', '4100'], {}, join(CWD, 'store')],
  [['serve', '--data=/var/lib/mg', '--workers', '2'], {}, '/var/lib/mg'],
  [['--port', '4100', 'start'], { MINUTES_GRAPH_DATA: '/env/dir' }, '/env/dir'],
  [['--data', '/x', '--host', '0.0.0.0'], {}, '/x'], // no command: the program serves
  [['--data', 'serve', 'ingest', 'a.txt'], {}, null], // "serve" is the directory's name here
  [['ingest', 'serve'], {}, null],
  [['export', '--format', 'gexf'], {}, null],
  [['serve', '--help'], {}, null],
  [['--version'], {}, null],
  [['serve'], { STORE: 'neo4j' }, null],
])('%j with %j serves %s', (argv, env, expected) => {
  expect(servedDataDir(argv, env, CWD)).toBe(expected);
});

test.each([
  [0, null],
  [52 * 2 ** 20, null], // the 100k bench store: one start is cheaper
  [SIZED_START_MIN_SNAPSHOT_BYTES - 1, null],
  [SIZED_START_MIN_SNAPSHOT_BYTES, 384],
  [528 * 2 ** 20, 1584], // the 1M bench store, whose heap reached 1.7 GB
  [8 * 2 ** 30, 8192],
])('a snapshot of %d bytes: old generation %s MB', (bytes, mb) => {
  expect(oldSpaceMbFor(bytes)).toBe(mb);
});
