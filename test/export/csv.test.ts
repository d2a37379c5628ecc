import { csvField, toCsv } from '../../src/export/csv';
import { parseCsv } from './csv-parse';

describe('csvField quotes by RFC 4180', () => {
  test.each([
    ['Bộ Y tế', 'Bộ Y tế'],
    ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Lao động - Thương binh và Xã hội'],
    ['Bộ Công an, Bộ Quốc phòng', '"Bộ Công an, Bộ Quốc phòng"'],
    ['Đề án "06"', '"Đề án ""06"""'],
    ['dòng một\ndòng hai', '"dòng một\ndòng hai"'],
    ['a\r\nb', '"a\r\nb"'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test.each([
    [null, ''],
    [42, '42'],
    [true, 'true'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  test('header, one CRLF-terminated record per row, missing values empty, and it reads back', () => {
    const text = toCsv(
      ['id', 'name', 'abbreviations'],
      [
        { id: 'a1', name: 'Bộ Y tế', abbreviations: 'BYT' },
        { id: 'a2', name: 'Bộ Nội vụ, "BNV"' },
      ],
    );
    expect(text).toBe('id,name,abbreviations\r\na1,Bộ Y tế,BYT\r\na2,"Bộ Nội vụ, ""BNV""",\r\n');
    expect(parseCsv(text)).toEqual([
      ['id', 'name', 'abbreviations'],
      ['a1', 'Bộ Y tế', 'BYT'],
      ['a2', 'Bộ Nội vụ, "BNV"', ''],
    ]);
  });
});
