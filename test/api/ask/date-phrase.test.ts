// Dates in questions, read on folded text: each form → the last day it covers.
import { readDatePhrase } from '../../../src/api/ask/date-phrase';
import { fold } from '../../../src/text/fold';

describe('readDatePhrase', () => {
  test.each([
    ['June 2025', '2025-06-30', 'MONTH'],
    ['the end of June 2025', '2025-06-30', 'MONTH'],
    ['Feb 2024', '2024-02-29', 'MONTH'],
    ['tháng 6/2025', '2025-06-30', 'MONTH'],
    ['tháng 6 năm 2025', '2025-06-30', 'MONTH'],
    ['cuối tháng 9/2025', '2025-09-30', 'MONTH'],
    ['6/2025', '2025-06-30', 'MONTH'],
    ['30 June 2025', '2025-06-30', 'DAY'],
    ['June 30th, 2025', '2025-06-30', 'DAY'],
    ['2025-06-30', '2025-06-30', 'DAY'],
    ['30/6/2025', '2025-06-30', 'DAY'],
    ['ngày 30 tháng 6 năm 2025', '2025-06-30', 'DAY'],
    ['Q3 2025', '2025-09-30', 'QUARTER'],
    ['quý III/2025', '2025-09-30', 'QUARTER'],
    ['quý 4 năm 2024', '2024-12-31', 'QUARTER'],
    ['2025', '2025-12-31', 'YEAR'],
    ['the end of 2025', '2025-12-31', 'YEAR'],
    ['cuối năm 2025', '2025-12-31', 'YEAR'],
  ])('%s → %s (%s)', (phrase, date, precision) => {
    expect(readDatePhrase(fold(phrase))).toEqual({ date, precision });
  });

  test.each(['next week', 'soon', '31/2/2025', '13/2025', 'quý V/2025', 'June', 'tháng 6', ''])('%j is not read (no guess)', (phrase) => {
    expect(readDatePhrase(fold(phrase))).toBeNull();
  });
});
