import { useState } from 'react';

/**
 * A form's draft of a reference item. While untouched it follows the version in force (a version
 * saved on another device shows at once); once edited it keeps what the user typed, and `stale`
 * says a newer version arrived underneath. After `saved`, it follows again (the user's own new version).
 */
export function useDraft<F>(sourceId: string, fromSource: () => F) {
  const [draft, setDraft] = useState(() => ({ sourceId, form: fromSource(), dirty: false }));
  let current = draft;
  if (draft.sourceId !== sourceId && !draft.dirty) {
    // React's pattern for state derived from props: set during render, before anything is shown.
    current = { sourceId, form: fromSource(), dirty: false };
    setDraft(current);
  }
  return {
    form: current.form,
    stale: current.sourceId !== sourceId,
    edit: (change: (form: F) => F) => setDraft((d) => ({ ...d, form: change(d.form), dirty: true })),
    saved: () => setDraft((d) => ({ ...d, dirty: false })),
  };
}
