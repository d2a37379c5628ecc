// CPU time of a process and every process it started (Linux /proc), so a cold start can be
// read in CPU seconds beside its wall clock: on a machine other sessions share, the wall clock
// moves with their load far more than with the code (bench/FINDINGS.md, branch `cold4`). `serve`
// over a large store starts itself once more (src/cli/sized-start.ts), hence the whole tree.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in ticks. */
  ticks: number;
}

function statOf(pid: string): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: fields are counted after its ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // gone meanwhile, or not Linux
  }
}

/** CPU seconds used so far by `pid` and its descendants, or null where /proc cannot tell. */
export function treeCpuSeconds(pid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = entries.map(statOf).filter((s): s is ProcStat => s !== null);
  if (!stats.some((s) => s.pid === pid)) return null;
  const inTree = new Set([pid]);
  // Parents before children is not guaranteed by pid order: grow the set until it stops.
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) {
      if (inTree.has(s.pid) || !inTree.has(s.ppid)) continue;
      inTree.add(s.pid);
      grew = true;
    }
  }
  const ticks = stats.filter((s) => inTree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0);
  return ticks / TICKS_PER_SECOND;
}
