import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract/pipeline';
import { normalizeText } from '../../src/extract/document/normalize';
const [file, pub, grep] = process.argv.slice(2);
const r = extract({ text: normalizeText(readFileSync(file, 'utf8')).text, published: pub === '-' ? null : pub });
for (const d of r.directives) {
  if (grep && !d.sentence.includes(grep)) continue;
  console.log('-', d.text.replace(/\s+/g, ' ').slice(0, 100), '| A=', d.assignees.map((a) => a.name).join('; '), '| C=', d.coordinators.map((a) => a.name).join('; '), '| D=', d.deadline?.date ?? '', '| by', d.assigner?.name ?? null, '|', d.ruleIds.join(','));
}
if (process.env.SENT) {
  // sentences
}
console.log('meeting', r.meeting.date, r.meeting.chairs.map((c) => c.name), 'province?');
