import { createContext, useContext, useEffect, useRef, useState } from 'react';

/**
 * Unsaved text kept in this browser, so that a reload, a crash or a lost connection does not lose
 * it. A copy belongs to one user and one record at one revision: the key names all three, so a
 * copy made before someone else saved is recognisable as such and never mixed into their version.
 */
export interface LocalCopy<T> {
  text: T;
  /** When it was last typed (ISO). */
  at: string;
}

const PREFIX = 'samverkan.unsaved';

/** The signed-in user, whose copies a form reads and writes; provided around the signed-in pages. */
export const LocalCopyOwner = createContext<string | null>(null);

function storageKey(owner: string, record: string, revision: string | number) {
  return `${PREFIX}:${owner}:${record}:${revision}`;
}

function read<T>(key: string): LocalCopy<T> | undefined {
  try {
    const stored = localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as LocalCopy<T>) : undefined;
  } catch {
    return undefined;
  }
}

// Storage can be full or switched off; the form still works, only without the browser copy.
function write(key: string, copy: LocalCopy<unknown>) {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Nothing more to do: the server save and the leave warning still protect the text.
  }
}

function remove(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // As above.
  }
}

/** Copies of the record made at other revisions than `revision`: typed before someone else saved. */
function findOlder<T>(owner: string, record: string, revision: string | number): { key: string; copy: LocalCopy<T> }[] {
  const prefix = `${PREFIX}:${owner}:${record}:`;
  const current = storageKey(owner, record, revision);
  const found: { key: string; copy: LocalCopy<T> }[] = [];
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (!key?.startsWith(prefix) || key === current) continue;
    const copy = read<T>(key);
    if (copy) found.push({ key, copy });
  }
  return found;
}

/**
 * The copies left by an earlier visit, read once: `restored` was typed at this revision and the
 * form continues from it; `older` was typed before someone else saved, to show beside theirs.
 */
export function useFoundLocalCopy<T>(record: string, revision: string | number, differs: (copy: T) => boolean) {
  const owner = useContext(LocalCopyOwner);
  const [found] = useState(() => {
    if (!owner) return {};
    const restored = read<T>(storageKey(owner, record, revision));
    const older = findOlder<T>(owner, record, revision).find(({ copy }) => differs(copy.text));
    return { restored: restored && differs(restored.text) ? restored : undefined, older };
  });
  return {
    restored: found.restored,
    older: found.older?.copy,
    /** Forgets the older copy once the user has dismissed it. */
    dropOlder: () => {
      if (found.older) remove(found.older.key);
    },
  };
}

interface KeepOptions<T> {
  /** The record, e.g. `report:<round>:<organisation>`. */
  record: string;
  /** The server revision the text is based on. */
  revision: string | number;
  text: T;
  /** The text differs from what the server has (typed and not saved yet, or not valid to save). */
  isUnsaved: boolean;
}

/** Keeps `text` in the browser while it is unsaved and drops it once saved. */
export function useKeepLocalCopy<T>({ record, revision, text, isUnsaved }: KeepOptions<T>): void {
  const owner = useContext(LocalCopyOwner);
  const key = owner ? storageKey(owner, record, revision) : undefined;

  useEffect(() => {
    if (!key) return;
    if (isUnsaved) write(key, { text, at: new Date().toISOString() });
    else remove(key);
  }, [key, text, isUnsaved]);

  // A save moves the text to a new revision: the copy at the old one is then saved or superseded.
  // Leaving the page keeps the copy, so the text is back when the user returns.
  const previousKey = useRef(key);
  useEffect(() => {
    if (previousKey.current && previousKey.current !== key) remove(previousKey.current);
    previousKey.current = key;
  }, [key]);
}
