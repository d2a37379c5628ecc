// `minutes-graph repair`: brings a damaged data directory back to a state the store opens,
// never silently. Each log that does not open is copied aside first ("<log>.damaged-<time>"),
// then rewritten with every intact record; the report says what was dropped and where. A log
// shorter than what was acknowledged cannot get its missing records back: the report says how
// many bytes are gone, so they can be restored from a backup.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isStoreError, StoreError } from '../errors';
import { ackFileOf, readAcknowledged } from './ack';
import { fsError } from './fs-errors';
import { CURATIONS_FORMAT, CURATIONS_LOG, DOCS_FORMAT, DOCS_LOG } from './index';
import { acquireLock } from './lock';
import { fsyncDirectory, headerFrameOf, headerOfFrame, newLogId } from './log-file';
import { RecordLog } from './record-log';
import { salvageFrames, type DroppedRange } from './salvage';

export interface LogRepair {
  file: string;
  state: 'intact' | 'repaired' | 'recreated';
  /** Why the log did not open, when it did not. */
  problem: string | null;
  /** Records the log holds now (its header not counted). */
  records: number;
  dropped: DroppedRange[];
  /** Acknowledged bytes that are not in the file at all (a truncated or deleted log). */
  missingBytes: number;
  /** Where the damaged file was copied before it was rewritten. */
  copy: string | null;
}

export function repairEmbeddedStore(dirOption: string, now: Date): LogRepair[] {
  const dir = resolve(dirOption);
  if (!existsSync(dir)) throw new StoreError('STORE_NOT_WRITABLE', `There is no data directory ${dir} to repair`, { target: dir });
  const lock = acquireLock(dir);
  try {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    return [
      repairLog(join(dir, DOCS_LOG), DOCS_FORMAT, stamp),
      repairLog(join(dir, CURATIONS_LOG), CURATIONS_FORMAT, stamp),
    ];
  } finally {
    lock.release();
  }
}

function recordsIn(file: string, format: string): number {
  const { log, frames } = RecordLog.open(file, format, false);
  log.close();
  return frames.length;
}

function repairLog(file: string, format: string, stamp: string): LogRepair {
  let problem: string;
  try {
    return { file, state: 'intact', problem: null, records: recordsIn(file, format), dropped: [], missingBytes: 0, copy: null };
  } catch (error) {
    if (!isStoreError(error) || error.code !== 'STORE_CORRUPT') throw error;
    problem = error.message.replace(/; it was left untouched.*$/, '');
  }
  const acknowledged = readAcknowledged(file)?.length ?? 0;
  if (!existsSync(file)) {
    rmSync(ackFileOf(file), { force: true });
    return { file, state: 'recreated', problem, records: recordsIn(file, format), dropped: [], missingBytes: acknowledged, copy: null };
  }
  const bytes = readFileSync(file);
  const copy = `${file}.damaged-${stamp}`;
  const { frames, dropped } = salvageFrames(bytes);
  // The rewritten log is another file than any snapshot was taken of: a new id says so.
  const header = headerFrameOf(format, newLogId());
  // A header frame is about a hundred bytes: larger frames are records, not parsed again.
  const records = frames.filter((frame) => frame.length > 512 || headerOfFrame(frame)?.format !== format);
  try {
    copyFileSync(file, copy);
    const tmp = `${file}.repair`;
    writeFileSync(tmp, Buffer.concat([header, ...records]), { flush: true });
    renameSync(tmp, file);
    // The old acknowledged length is about the damaged file; the rewritten one starts afresh.
    rmSync(ackFileOf(file), { force: true });
    fsyncDirectory(resolve(file, '..'));
  } catch (error) {
    throw fsError(error, file, 'repair');
  }
  const missingBytes = Math.max(0, acknowledged - bytes.length);
  return { file, state: 'repaired', problem, records: recordsIn(file, format), dropped, missingBytes, copy };
}
