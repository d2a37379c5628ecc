// `npm run corpus -- --directives 100000 [--seed 42] [--out DIR] [--gold DIR]`
import { writeCorpus } from './write-corpus';
import { DEFAULT_SEED } from './corpus';

function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    out.set(arg.slice(2), value);
    i++;
  }
  return out;
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

export function main(argv: string[]): number {
  let args: Map<string, string>;
  let directives: number;
  let seed: number;
  try {
    args = parseArgs(argv);
    for (const key of args.keys()) if (!['directives', 'seed', 'out', 'gold'].includes(key)) throw new Error(`unknown option --${key}`);
    directives = positiveInt('directives', args.get('directives'), 1000);
    seed = positiveInt('seed', args.get('seed'), DEFAULT_SEED);
  } catch (err) {
    console.error(`corpus: ${(err as Error).message}\nusage: npm run corpus -- --directives N [--seed S] [--out DIR] [--gold DIR]`);
    return 2;
  }
  const out = args.get('out') ?? `bench/out/corpus-${directives}-s${seed}`;
  const started = Date.now();
  const written = writeCorpus({ directives, seed, out, goldDir: args.get('gold') });
  const mb = (written.bytes / 1e6).toFixed(1);
  console.log(`corpus: ${written.reports} reports, ${written.directives} directives, ${mb} MB → ${written.dir} (gold: ${written.goldDir}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
