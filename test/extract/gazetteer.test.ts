import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyKey, findAgencies, findAgency, groupLabelsOf, successorOf, type AgencyRow } from '../../src/extract/lexicon/gazetteer';
import { isVietnameseSyllable } from '../../src/extract/document/encodings/vietnamese-syllable';
import { GROUP_LOCALITIES, GROUP_MINISTRIES, TSV_GROUP_LABELS } from '../../src/extract/lexicon/groups';
import { AGENCY_ROWS } from '../../src/extract/lexicon/agencies.data';

describe('findAgency: every spelling of an agency finds its row', () => {
  test.each([
    ['Bộ Y tế', 'Bộ Y tế'],
    ['bo y te', 'Bộ Y tế'],
    ['MOH', 'Bộ Y tế'],
    ['Ministry of Health', 'Bộ Y tế'],
    ['BỘ Y TẾ', 'Bộ Y tế'],
    ['Bộ Y tế'.normalize('NFD'), 'Bộ Y tế'],
    ['Bộ LĐTB&XH', 'Bộ Lao động - Thương binh và Xã hội'],
    ['Bộ KH&ĐT', 'Bộ Kế hoạch và Đầu tư'],
    ['Bộ Văn hoá, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Uỷ ban Dân tộc', 'Ủy ban Dân tộc'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['VPCP', 'Văn phòng Chính phủ'],
  ])('%s → %s', (input, name) => {
    expect(findAgency(input)?.name).toBe(name);
  });

  test('unknown names find nothing', () => {
    expect(findAgency('Bộ Phép thuật')).toBeUndefined();
    expect(findAgency('')).toBeUndefined();
  });

  test('agencyKey is the folded canonical name', () => {
    expect(agencyKey(findAgency('MOH')!)).toBe('bo y te');
  });

  test('successors of the 1 March 2025 mergers', () => {
    expect(successorOf(findAgency('Bộ Thông tin và Truyền thông')!)?.name).toBe('Bộ Khoa học và Công nghệ');
    expect(successorOf(findAgency('Bộ KH&ĐT')!)?.name).toBe('Bộ Tài chính');
    expect(successorOf(findAgency('Bộ Y tế')!)).toBeUndefined();
  });
});

describe('group rows map onto the two scorer labels', () => {
  test('every group row of the reference has a mapping', () => {
    for (const row of AGENCY_ROWS.filter((r) => r.kind === 'group')) {
      expect(Object.keys(TSV_GROUP_LABELS)).toContain(row.name);
    }
  });
  test.each([
    ['các bộ, ngành, địa phương', [GROUP_MINISTRIES, GROUP_LOCALITIES]],
    ['các Bộ, ngành', [GROUP_MINISTRIES]],
    ['UBND các tỉnh, thành phố', [GROUP_LOCALITIES]],
    ['các cơ quan liên quan', []],
  ])('%s', (phrase, labels) => {
    expect(groupLabelsOf(findAgency(phrase)!)).toEqual(labels);
  });
  test('non-groups have no labels', () => {
    expect(groupLabelsOf(findAgency('Bộ Y tế')!)).toBeUndefined();
  });
});

describe('the reference rows', () => {
  const tsv = readFileSync(join(__dirname, '../../src/extract/lexicon/agencies-vn.tsv'), 'utf8')
    .split('\n').filter(Boolean).slice(1).map((line) => line.split('\t'));
  const clean = (v: string | undefined) => (v ?? '').trim().replace(/\?$/, '').trim();

  test('agencies.data.ts is generated from the current TSV (run scripts/gen-gazetteer.mjs)', () => {
    const names = new Set(tsv.map(([name]) => clean(name)));
    expect(AGENCY_ROWS.map((r) => r.name).sort()).toEqual([...names].sort());
    for (const [name, abbreviations, , , kind, from, to, successor] of tsv) {
      const row = AGENCY_ROWS.find((r) => r.name === clean(name))!;
      expect(row.abbreviations).toEqual(expect.arrayContaining(abbreviations.split(';').map(clean).filter(Boolean)));
      // A body with one line keeps that line's facts (two lines are merged: see the script).
      if (tsv.filter(([other]) => clean(other) === row.name).length > 1) continue;
      expect({ name: row.name, kind: row.kind, validFrom: row.validFrom, validTo: row.validTo, successor: row.successor })
        .toEqual({ name: row.name, kind: clean(kind), validFrom: clean(from) || null, validTo: clean(to) || null, successor: clean(successor) || null });
    }
  });

  test('every successor is itself a row', () => {
    const missing = AGENCY_ROWS.filter((r) => r.successor !== null && successorOf(r) === undefined).map((r) => `${r.name} → ${r.successor}`);
    expect(missing).toEqual([]);
  });

  // A spelling shared by two rows is only safe when their periods do not overlap: the date of
  // the report then says which one is meant ("PVN" before and after its 2025 rename).
  test('no spelling names two rows that exist at the same time', () => {
    const overlap = (a: AgencyRow, b: AgencyRow) =>
      (!a.validTo || !b.validFrom || b.validFrom <= a.validTo) && (!b.validTo || !a.validFrom || a.validFrom <= b.validTo);
    const clashes: string[] = [];
    for (const row of AGENCY_ROWS) {
      for (const spelling of [row.name, ...row.abbreviations, ...(row.nameEn ? [row.nameEn] : []), ...row.abbreviationsEn]) {
        const others = findAgencies(spelling).filter((other) => other !== row && overlap(row, other));
        if (others.length) clashes.push(`${spelling}: ${row.name} / ${others.map((o) => o.name).join(' / ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  // The matcher takes a one-word abbreviation as a token of the text: one that is also a
  // Vietnamese syllable ("Vụ", "Ban") would turn ordinary words into agencies. The grammar also
  // accepts a few shapes that are no Vietnamese word; those are matched only in capitals
  // ("BYT", never "byt"), so they were checked by hand and are listed here.
  const REVIEWED = ['BYT', 'VEC'];
  test('no one-word abbreviation is a Vietnamese syllable', () => {
    const words = AGENCY_ROWS.flatMap((r) => r.abbreviations).filter((a) => !/[\s,&.\-–/]/.test(a));
    expect(words.filter((w) => isVietnameseSyllable(w.toLowerCase()) && !REVIEWED.includes(w))).toEqual([]);
    expect(isVietnameseSyllable('vụ')).toBe(true);
  });
});
