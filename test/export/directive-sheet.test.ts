// directives.csv on the hand-read reports: one row per directive with deadline, precision,
// status, meeting and who answers for it now; curated values in force; BOM on request.
import { renderCsvFiles } from '../../src/export/formats';
import { openFixtureStore, type TempStore } from '../api/support/fixture-store';
import { DIR } from '../store/fixtures';
import { parseCsv } from './csv-parse';

let fixture: TempStore;
beforeAll(async () => {
  fixture = await openFixtureStore();
});
afterAll(() => fixture.dispose());

async function sheet(bom = false) {
  const file = (await renderCsvFiles(fixture.store, { bom })).find((f) => f.name === 'directives.csv')!;
  return file;
}

function rows(content: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(content);
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

test('one row per directive; the Tết task of Bộ LĐTB&XH is answered for by Bộ Nội vụ now', async () => {
  const all = rows((await sheet()).content);
  expect(all).toHaveLength(11);
  expect(all.find((r) => r.id === DIR.molisaTet)).toMatchObject({
    lead: 'Bộ Lao động - Thương binh và Xã hội',
    issued_by: 'Phạm Minh Chính',
    deadline: '2024-02-10',
    precision: 'DAY',
    deadline_phrase: 'trong dịp Tết Nguyên đán 2024',
    deadline_curated: 'false',
    status: 'OPEN',
    responsible_now: 'Bộ Nội vụ',
    meeting_date: '2023-12-21',
  });
  expect(all.find((r) => r.id === DIR.molisaVneid)?.coordinators).toBe('Bộ Công an');
});

test('curated status and deadline are the ones in force', async () => {
  const base = { directiveId: DIR.mohRecords, effectiveDate: '2025-07-01', note: null, evidenceUrl: null, reason: 'test', curator: 'tester', recordedAt: '2025-07-01T00:00:00Z' };
  await fixture.store.addCuration({ ...base, id: 'cur:sheet-status', kind: 'STATUS', value: 'DONE' });
  await fixture.store.addCuration({ ...base, id: 'cur:sheet-deadline', kind: 'DEADLINE', value: '2025-08-15' });
  expect(rows((await sheet()).content).find((r) => r.id === DIR.mohRecords)).toMatchObject({ status: 'DONE', deadline: '2025-08-15', precision: 'DAY', deadline_curated: 'true', deadline_phrase: '' });
});

test('the BOM option starts every file with U+FEFF', async () => {
  expect((await sheet(true)).content.startsWith('\uFEFFid,text,')).toBe(true);
  expect((await sheet(false)).content.startsWith('id,text,')).toBe(true);
});
