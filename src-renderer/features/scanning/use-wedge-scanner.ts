import { useEffect, useRef } from 'react';
import { createWedgeDetector, wedgeRules, type WedgeRules } from './wedge';

const textInputTypes = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', '']);

/** Whether keys typed at `target` are that element's own: a text field, a text area, a select, anything editable. */
export function isTextBox(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}

/**
 * Calls `onScan` with the text of each keyboard-wedge scan made anywhere on the page while the
 * component is mounted and no text box has focus (./wedge.ts has the rules). Listens on the
 * document in the capture phase, so it sees the keys before any control does, and keeps a scan's
 * Enter or Tab from the page: it must not press the focused button or move the focus.
 */
export function useWedgeScanner(onScan: (text: string) => void, rules: WedgeRules = wedgeRules): void {
  const latest = useRef(onScan);
  latest.current = onScan;
  useEffect(() => {
    const detector = createWedgeDetector(rules);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || event.isComposing) return;
      const result = detector.key({
        key: event.key,
        at: event.timeStamp,
        inTextBox: isTextBox(event.target),
        withModifier: event.ctrlKey || event.altKey || event.metaKey,
      });
      if (!result) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(result.scan);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [rules]);
}
