#!/usr/bin/env node
// `npm run eval`: the extractor scored as the judges score it — the shared scorer
// (../shared/eval/score.mjs) running `minutes-graph extract --json` on every document — on the
// seeds and on the real dev passages, each printed in full, then the dev set split into the
// fold held out during development (every fifth passage: d005, d010, …) and the rest, so that a
// change that helps only the passages it was written for shows as a gap between the two.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const cmd = `node ${JSON.stringify(join(root, 'bin', 'minutes-graph.js'))} extract --json {published_arg} {file}`;

if (!existsSync(scorer)) {
  process.stderr.write(`npm run eval: the shared scorer is not here (${scorer}).\n`
    + 'It lives in ../shared beside the project, with the seeds gold and the dev passages; without it there is nothing to score.\n'
    + 'The project\'s own quality bar runs in `npm test` (test/eval/gold.test.ts, on test/fixtures/gold).\n');
  process.exit(1);
}

function score(label, gold, docs) {
  if (!existsSync(gold) || !existsSync(docs)) {
    process.stdout.write(`\n== ${label}: not available (${gold})\n`);
    return null;
  }
  const out = execFileSync(process.execPath, [scorer, '--gold', gold, '--docs', docs, '--cmd', cmd, '--json', '--verbose'],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  const report = JSON.parse(out);
  process.stdout.write(`\n== ${label}\n${format(report.summary)}\n`);
  return report;
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function format(s) {
  return [
    `documents ${s.documents} (extractor failed on ${s.extractor_failures})`,
    `directives    P ${pct(s.directives.precision)}  R ${pct(s.directives.recall)}  F1 ${pct(s.directives.f1)}  (gold ${s.directives.gold}, predicted ${s.directives.predicted})`,
    `assignments   P ${pct(s.assignments.precision)}  R ${pct(s.assignments.recall)}  F1 ${pct(s.assignments.f1)}`,
    `of matched    assignees ${pct(s.of_matched.assignees_exact)}  coordinators ${pct(s.of_matched.coordinators_exact)}  deadline ${pct(s.of_matched.deadline_exact)}  assigner ${pct(s.of_matched.assigner_exact)}`,
    `meeting       date ${pct(s.meeting.date_exact)}  chair ${pct(s.meeting.chair_found)}`,
    `officials     P ${pct(s.officials.precision)}  R ${pct(s.officials.recall)}  F1 ${pct(s.officials.f1)}`,
    `strict F1 ${pct(s.strict.f1)}`,
  ].join('\n');
}

/** Directive and strict figures of a subset of documents, from the scorer's per-document counts. */
function foldFigures(docs) {
  const sum = (k) => docs.reduce((n, d) => n + d[k], 0);
  const [gold, pred, matched, strict] = ['gold', 'pred', 'matched', 'strict'].map(sum);
  const p = pred ? matched / pred : 0;
  const r = gold ? matched / gold : 0;
  const sp = pred ? strict / pred : 0;
  const sr = gold ? strict / gold : 0;
  return `${docs.length} documents: directives P ${pct(p)} R ${pct(r)} F1 ${pct(f1(p, r))}; strict F1 ${pct(f1(sp, sr))} (gold ${gold}, predicted ${pred})`;
}

score('seeds (../shared/eval/gold)', join(shared, 'eval', 'gold'), join(shared, 'seeds'));
const dev = score('dev (../shared/eval/dev)', join(shared, 'eval', 'dev', 'gold'), join(shared, 'eval', 'dev', 'raw'));
if (dev) {
  const heldOut = (d) => Number(/^d(\d+)/.exec(d.doc)?.[1] ?? 1) % 5 === 0;
  process.stdout.write(`\n== dev folds\nheld out (d005, d010, …): ${foldFigures(dev.documents.filter(heldOut))}\n`
    + `the rest:                 ${foldFigures(dev.documents.filter((d) => !heldOut(d)))}\n`);
}
