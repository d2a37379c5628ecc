// `minutes-graph ask` on a store holding the hand-read fixtures: the answer with its sources
// and the GraphQL query it ran; --json for the raw answer; exit 3 when not answered.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { openEmbeddedStore } from '../../src/store/embedded/index';
import { allBatches } from '../store/fixtures';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mg-ask-'));
  const store = await openEmbeddedStore({ dir });
  for (const batch of allBatches()) await store.writeDocument(batch);
  await store.close();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false };
  const code = await main(['--data', dir, 'ask', ...args], io, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('ask prints the answer, its sources and the GraphQL query it ran', async () => {
  const r = await cli('what did the PM assign the Ministry of Health');
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^ANSWERED: 2 directive\(s\) match\.\n/);
  expect(r.out).toContain('- Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm [due 2025-06-30] → Bộ Y tế');
  expect(r.out).toContain('Sources:\n- "Bộ Y tế được giao');
  expect(r.out).toContain('GraphQL: directives(filter: {assignedBy: "PM", assignedTo: "Ministry of Health"})');
});

test('ask --json prints the raw answer', async () => {
  const r = await cli('--json', 'which tasks are overdue for Bộ Nội vụ as of 1 January 2026');
  if (r.code !== 0) throw new Error(r.err);
  const answer = JSON.parse(r.out);
  expect(answer.status).toBe('ANSWERED');
  expect(answer.directives.nodes.map((n: any) => n.inheritedFrom.name)).toEqual(['Bộ Lao động - Thương binh và Xã hội', 'Bộ Lao động - Thương binh và Xã hội']);
});

test('a question it cannot read: exit 3, the words it could not place, and examples', async () => {
  const r = await cli('tell me everything');
  expect(r.code).toBe(3);
  expect(r.out).toContain('NOT_UNDERSTOOD: Not understood: could not place "everything"');
  expect(r.out).toContain('Questions it answers:\n- what did the PM assign the Ministry of Health');
});

test('no question: a usage error', async () => {
  const r = await cli();
  expect(r.code).toBe(2);
  expect(r.err).toContain('ask needs a question');
});
