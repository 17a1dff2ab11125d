// Keeps user-added reports in localStorage. Corrupt data, a full quota or disabled storage are reported, never thrown,
// and the last good copy is kept under a second key before every write.
import * as v from 'valibot';
import { EMPTY_USER_DATA, userDataSchema, type UserData } from './userData.ts';

export const STORAGE_KEY = 'fazhi-user-data-v1';
export const BACKUP_KEY = 'fazhi-user-data-v1-backup';

export type StoreProblem = 'unavailable' | 'corrupt' | 'quota';
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const parse = (raw: string | null): UserData | null => {
  if (raw === null) return EMPTY_USER_DATA;
  try {
    const parsed = v.safeParse(userDataSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
};

export const browserStorage = (): StorageLike | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

export const loadUserData = (storage: StorageLike | null): { data: UserData; problem?: StoreProblem } => {
  if (!storage) return { data: EMPTY_USER_DATA, problem: 'unavailable' };
  try {
    const current = parse(storage.getItem(STORAGE_KEY));
    if (current) return { data: current };
    return { data: parse(storage.getItem(BACKUP_KEY)) ?? EMPTY_USER_DATA, problem: 'corrupt' };
  } catch {
    return { data: EMPTY_USER_DATA, problem: 'unavailable' };
  }
};

export const saveUserData = (storage: StorageLike | null, data: UserData): { ok: true } | { ok: false; problem: StoreProblem } => {
  if (!storage) return { ok: false, problem: 'unavailable' };
  try {
    const previous = storage.getItem(STORAGE_KEY);
    if (previous !== null && parse(previous)) storage.setItem(BACKUP_KEY, previous);
    storage.setItem(STORAGE_KEY, JSON.stringify(data));
    return { ok: true };
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return { ok: false, problem: quota ? 'quota' : 'unavailable' };
  }
};
