// Lexicons are data with an id and a reason, so that every rule id on a mention leads back to
// the entry and the linguistic decision behind it.
import * as verbs from '../../src/extract/lexicon/verbs';
import { GROUP_CUES } from '../../src/extract/lexicon/groups';
import { TITLE_HEADS } from '../../src/extract/lexicon/titles';
import { AGENCY_HEADS } from '../../src/extract/rules/agency-pattern';

const cues = Object.entries(verbs).filter(([, v]) => v && typeof v === 'object' && 'phrases' in v) as [string, verbs.Cue][];

test('every cue of the verb lexicon has an id, a reason and phrases', () => {
  expect(cues.length).toBeGreaterThanOrEqual(15);
  for (const [name, cue] of cues) {
    expect({ name, id: /^[a-z][a-z.-]+$/.test(cue.id), reason: cue.reason.length > 20, phrases: cue.phrases.length > 0 })
      .toEqual({ name, id: true, reason: true, phrases: true });
  }
});

test('rule ids are unique across lexicons', () => {
  const ids = [...cues.map(([, c]) => c.id), ...GROUP_CUES.map((c) => c.id), ...TITLE_HEADS.map((t) => t.id), AGENCY_HEADS.id];
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('group cues say which scorer labels they stand for, and why', () => {
  for (const cue of GROUP_CUES) {
    expect(cue.labels.length).toBeGreaterThan(0);
    expect(cue.reason.length).toBeGreaterThan(20);
  }
});
