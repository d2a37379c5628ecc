// A read-only store following a writer in another process (serve --workers): the records the
// writer appended since we last looked are read from the end of each log and applied, as
// opening would apply them. A log replaced by a compaction (another file under the same name)
// cannot be followed by offset: the caller reopens the store then.
import { statSync } from 'node:fs';
import type { MemoryGraph } from '../memory-index/memory-graph';
import { StoreError } from '../errors';
import { scanFrames, shiftFrames, type Frame } from './framing';
import type { DocumentTexts } from './document-text';
import type { LivePlaces } from './embedded-store';
import { loadCurations, loadDocuments } from './load';
import type { RecordLog } from './record-log';

/** Where we are in one log file: its inode when opened, and how many bytes we have applied. */
export interface FollowedLog {
  log: RecordLog;
  ino: number;
  applied: number;
}

export function followLog(log: RecordLog): FollowedLog {
  return { log, ino: inodeOf(log.file), applied: log.bytes };
}

function inodeOf(file: string): number {
  try {
    return statSync(file).ino;
  } catch {
    return -1;
  }
}

/** The complete frames appended since `followed.applied`, at their offsets in the file; null: reopen. */
function newFrames(followed: FollowedLog): Frame[] | null {
  let size: number;
  try {
    const stat = statSync(followed.log.file);
    if (stat.ino !== followed.ino) return null;
    size = stat.size;
  } catch {
    return null;
  }
  if (size < followed.applied) return null;
  if (size === followed.applied) return [];
  const base = followed.applied;
  const scan = scanFrames(followed.log.read(base, size - base));
  // A frame the writer is still appending shows as torn: it is taken next time.
  if (scan.kind === 'corrupt') throw new StoreError('STORE_CORRUPT', `${followed.log.file} is damaged at byte ${base + scan.offset} (${scan.reason})`, { target: followed.log.file });
  followed.applied = base + scan.end;
  return shiftFrames(scan.frames, base);
}

export interface FollowTarget {
  graph: MemoryGraph;
  live: LivePlaces;
  texts: DocumentTexts;
  docs: FollowedLog;
  curations: FollowedLog;
}

/** Applies what the writer appended; 'reopen' when a log was replaced (compaction) or cut back. */
export function catchUp(target: FollowTarget): 'current' | 'reopen' {
  const docs = newFrames(target.docs);
  const curations = newFrames(target.curations);
  if (docs === null || curations === null) return 'reopen';
  if (docs.length > 0) loadDocuments(target.graph, docs, target.docs.log.file, target.live, target.texts);
  if (curations.length > 0) loadCurations(target.graph, curations, target.curations.log.file);
  return 'current';
}
