// The running workshop, kept in the facilitator's browser: the session's code and secret, the
// scenario and the choices the room made. With it a reload, a closed tab or a restarted laptop
// brings the facilitator back into the session the phones are still voting in. A record that
// cannot be read is removed and reported once; nothing else is touched.
import type { Choice } from '../../engine';
import { isChoice } from '../solo/savedGame';
import { isValidCode } from '../../live/session';

const KEY = 'spagaat.workshop';
/** A workshop record older than this is of a session the server has long swept. */
export const RECORD_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface WorkshopRecord {
  code: string;
  secret: string;
  scenarioId: string;
  choices: Choice[];
  savedAt: number;
}

export type ReadRecord = { status: 'none' } | { status: 'ok'; record: WorkshopRecord } | { status: 'broken' };

function isRecord(value: unknown): value is WorkshopRecord {
  const r = value as WorkshopRecord;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.code === 'string' &&
    isValidCode(r.code) &&
    typeof r.secret === 'string' &&
    r.secret.length >= 20 &&
    r.secret.length <= 200 &&
    typeof r.scenarioId === 'string' &&
    r.scenarioId.length <= 80 &&
    Array.isArray(r.choices) &&
    r.choices.length <= 100 &&
    r.choices.every(isChoice) &&
    typeof r.savedAt === 'number'
  );
}

export function readWorkshopRecord(storage: Storage | null, now = Date.now()): ReadRecord {
  let raw: string | null;
  try {
    raw = storage?.getItem(KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    clearWorkshopRecord(storage);
    return { status: 'broken' };
  }
  if (!isRecord(data)) {
    clearWorkshopRecord(storage);
    return { status: 'broken' };
  }
  // An old record names a session that no longer exists: forgotten quietly.
  if (now - data.savedAt > RECORD_MAX_AGE_MS) {
    clearWorkshopRecord(storage);
    return { status: 'none' };
  }
  return { status: 'ok', record: { code: data.code, secret: data.secret, scenarioId: data.scenarioId, choices: data.choices, savedAt: data.savedAt } };
}

export function writeWorkshopRecord(storage: Storage | null, record: WorkshopRecord): void {
  try {
    storage?.setItem(KEY, JSON.stringify(record));
  } catch {
    // Full or private storage: the workshop goes on, only coming back after a reload is lost.
  }
}

export function clearWorkshopRecord(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing to remove.
  }
}
