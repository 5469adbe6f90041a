import { useEffect } from 'react';
import { useLocation } from 'wouter';

/**
 * Esc goes back to `path` (a work order's page back to the list), unless the key was meant for
 * something else: a field being typed in, an open menu, dialog or command palette.
 */
export function useEscapeTo(path: string): void {
  const [, navigate] = useLocation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable=true], [role=dialog], [role=menu], [role=listbox]')) return;
      if (document.querySelector('[role=dialog], [role=menu]')) return;
      navigate(path);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, path]);
}
