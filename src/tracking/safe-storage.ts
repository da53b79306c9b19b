/**
 * Guarded access to localStorage. Every access can throw: a cross-site LMS frame with
 * third-party storage blocked raises SecurityError, private modes and full disks raise
 * QuotaExceededError. When storage cannot be used we keep values in memory for this
 * window and say so once.
 */

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  /** Deletes a key from storage and memory; true when storage really let it go. */
  remove?(key: string): boolean;
  /** False once storage has failed and values live only in memory. */
  readonly persistent: boolean;
}

export function openStorage(getStorage: () => Storage = () => window.localStorage): KeyValueStore {
  const memory = new Map<string, string>();
  let storage: Storage | null = null;
  try {
    storage = getStorage();
    const probe = '__lfr_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
  } catch {
    storage = null;
  }
  return {
    get persistent() {
      return storage !== null;
    },
    get(key) {
      if (storage) {
        try {
          return storage.getItem(key);
        } catch {
          storage = null;
        }
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        storage = null;
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      if (!storage) return false;
      try {
        storage.removeItem(key);
        return true;
      } catch {
        storage = null;
        return false;
      }
    },
  };
}
