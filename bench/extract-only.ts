// Extraction throughput alone, without the rest of the bench (`npm run bench:extract`): the same
// measure as each scale of `npm run bench` (bench/measure/extract.ts) over the synthetic corpus,
// and over the project's real seed reports, which are denser in tasks and so slower per MB.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../scripts/corpus/write-corpus';
import { extractionSample, measureExtraction } from './measure/extract';

// npm runs scripts from the repository root.
const REPO = process.cwd();
const dir = join(REPO, 'bench/out/corpus-extract');
rmSync(dir, { recursive: true, force: true });
writeCorpus({ directives: 20000, seed: 42, out: dir });
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: { file: string; published: string }[] };
const sample = extractionSample(manifest.documents.map((d) => ({ text: readFileSync(join(dir, d.file), 'utf8'), published: d.published })));
const synthetic = measureExtraction(sample);
// The same pass again in this process: the first pays for compiling the extractor (a third of its
// CPU goes to V8's optimising compiler on helper threads, bench/FINDINGS.md), which a long-lived
// ingest worker pays once; this is the rate it reads at afterwards.
const syntheticWarm = measureExtraction(sample);

// The seeds, repeated to a few MB so the timer sees more than a few milliseconds.
const seedDir = join(REPO, 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => ({ text: readFileSync(join(seedDir, f), 'utf8'), published: null }));
const repeated = Array.from({ length: 200 }, () => seeds).flat();
const real = measureExtraction(repeated);
console.log(JSON.stringify({ load_average: loadavg().map((l) => Math.round(l * 100) / 100), synthetic, synthetic_warm: syntheticWarm, seeds: real }, null, 2));
