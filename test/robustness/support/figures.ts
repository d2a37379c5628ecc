// What a robustness test tried and what held, for the figures in docs/robustness.md. Under
// `npm run torture` each test's figures are printed and appended to
// bench/out/torture-figures.jsonl (one JSON object a line), so one run gives the whole table.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './bundle';
import { TORTURE } from './corpus-dir';

export const FIGURES_FILE = join(REPO, 'bench/out/torture-figures.jsonl');

export function reportFigures(test: string, figures: Record<string, number | string>): void {
  if (!TORTURE) return;
  const line = JSON.stringify({ test, ...figures });
  process.stdout.write(`figures: ${line}\n`);
  mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
  appendFileSync(FIGURES_FILE, `${line}\n`);
}
