import { useEffect, useId } from 'react';

// The forms on the page that hold text not yet saved, by the id of the hook that registered them.
// One registry for the whole app, because react-router allows only one navigation blocker at a time.
const dirty = new Set<string>();

export function hasUnsavedChanges(): boolean {
  return dirty.size > 0;
}

/**
 * Marks this form as holding unsaved text while `isDirty`: the browser asks before a reload or
 * closing the tab, and LeaveGuard asks before navigating elsewhere in the app.
 */
export function useUnsavedChanges(isDirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!isDirty) return;
    dirty.add(id);
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      dirty.delete(id);
    };
  }, [id, isDirty]);
}
