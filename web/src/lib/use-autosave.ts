import { useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from './api-client.ts';
import { useUnsavedChanges } from './unsaved-changes.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What a save sends, or why it can't: `invalid` is the message to show when the text does not pass the checks. */
export type PreparedSave<T> = { invalid: string } | { send: () => Promise<T>; fail: (error: unknown) => string };

export type SaveResult<T> = { saved: T; error?: undefined } | { saved?: undefined; error: string };

/** The parts of {@link useAutosave} a conflict's resolution touches. */
export interface AutosaveControls {
  setSaveState: (state: SaveState) => void;
  setSaveError: (error: string | undefined) => void;
  markEdited: () => void;
  markUnchanged: () => void;
}

interface AutosaveOptions<T> {
  /** How long typing must pause before the text saves itself. */
  delayMs: number;
  /** False while the text must not save itself, such as during a conflict. */
  enabled: boolean;
  /** A save is under way. */
  isPending: boolean;
  /** Checks the text and returns how to send it. `send` resolves to the saved copy; `fail` turns its error into the message to show. */
  prepare: () => PreparedSave<T>;
  /** The text starts out unsaved, e.g. restored from the browser's copy; it saves itself shortly. */
  isInitiallyDirty?: boolean;
}

/** Whether the error is the server's 409 with the given problem code: someone else saved meanwhile. */
export function isConflictError(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.problem.code === code;
}

/**
 * Text saved explicitly and by itself a moment after typing stops, counting the edits so that typing
 * during a save still counts as unsaved, and warning before leaving with unsaved changes.
 */
export function useAutosave<T>({ delayMs, enabled, isPending, prepare, isInitiallyDirty = false }: AutosaveOptions<T>) {
  const [edits, setEdits] = useState(isInitiallyDirty ? 1 : 0);
  const [savedEdits, setSavedEdits] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string>();
  const isDirty = edits !== savedEdits;

  useUnsavedChanges(isDirty);

  const save = async (): Promise<SaveResult<T>> => {
    const atEdits = edits;
    const prepared = prepare();
    if ('invalid' in prepared) {
      setSaveState('failed');
      setSaveError(prepared.invalid);
      return { error: prepared.invalid };
    }
    setSaveState('saving');
    try {
      const saved = await prepared.send();
      setSavedEdits(atEdits);
      setSaveState('saved');
      setSaveError(undefined);
      return { saved };
    } catch (error) {
      setSaveState('failed');
      const detail = prepared.fail(error);
      setSaveError(detail);
      return { error: detail };
    }
  };

  const onAutosave = useEffectEvent(() => {
    if (!isPending) void save();
  });

  useEffect(() => {
    if (!isDirty || !enabled) return;
    const timer = setTimeout(onAutosave, delayMs);
    return () => clearTimeout(timer);
  }, [edits, savedEdits, isDirty, enabled, delayMs]);

  return {
    isDirty,
    saveState,
    saveError,
    save,
    setSaveState,
    setSaveError,
    /** Counts one edit: the text now differs from what was saved. */
    markEdited: () => setEdits((n) => n + 1),
    /** The text as it is now needs no saving, e.g. after replacing it with a saved copy. */
    markUnchanged: () => setSavedEdits(edits),
  };
}

/** A save refused because someone else saved meanwhile, and their version once it is fetched. */
export function useSaveConflict<TTheirs>() {
  const [conflict, setConflict] = useState<{ detail: string; theirs?: TTheirs }>();
  const [isLoadingTheirs, setIsLoadingTheirs] = useState(false);

  const loadTheirs = async (fetchTheirs: () => Promise<TTheirs | undefined>) => {
    setIsLoadingTheirs(true);
    try {
      const theirs = await fetchTheirs();
      setConflict((current) => current && { ...current, theirs });
    } finally {
      setIsLoadingTheirs(false);
    }
  };

  /** Continue from the user's text, based on their revision now, so the next save (in a moment) stores it over theirs. */
  const keepMine = (autosave: AutosaveControls, rebase: (theirs: TTheirs) => void) => {
    if (!conflict?.theirs) return;
    rebase(conflict.theirs);
    setConflict(undefined);
    autosave.setSaveError(undefined);
    autosave.markEdited();
  };

  /** Continue from their text: `replace` takes it over (and sets the user's text aside). */
  const takeTheirs = (autosave: AutosaveControls, replace: (theirs: TTheirs) => void) => {
    if (!conflict?.theirs) return;
    replace(conflict.theirs);
    autosave.markUnchanged();
    setConflict(undefined);
    autosave.setSaveError(undefined);
    autosave.setSaveState('idle');
  };

  return {
    conflict,
    isLoadingTheirs,
    loadTheirs,
    keepMine,
    takeTheirs,
    /** Shows the conflict, with the server's message. */
    begin: (detail: string) => setConflict({ detail }),
  };
}
