import type { Page } from '@playwright/test';

/** One input a person makes on the work-order list, as the bench plays it. */
export type Step =
  | { kind: 'open-list' }
  | { kind: 'filter'; status: string }
  | { kind: 'sort'; column: string }
  | { kind: 'open-work-order'; row: number }
  | { kind: 'go-back' }
  /** The last keystroke of `query` typed in the open command palette, to its results painted. */
  | { kind: 'search'; query: string };

/**
 * Runs one step inside the page and returns the milliseconds from the input to the first frame
 * painted with its result: the clock starts just before the input is dispatched, the DOM is
 * checked after every task, and the time is read after the next animation frame (then a task:
 * the frame has been painted). Timing inside the page keeps Playwright's round trips out.
 */
export async function timedStep(page: Page, step: Step): Promise<{ ms: number; start: number }> {
  return page.evaluate(async (s) => {
    const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);
    const listShown = () => q('ul[aria-label="Work orders"] a') !== null;
    const countText = () => q('[data-testid=work-order-count]')?.textContent ?? '';
    const sortLabel = (column: string) => [...document.querySelectorAll('.wo-sort')].find((b) => b.textContent === column)?.getAttribute('aria-label') ?? '';
    let done: () => boolean;
    let input: () => void;
    if (s.kind === 'open-list') {
      input = () => q<HTMLAnchorElement>('nav[aria-label="Screens"] a[href="#/"]')?.click();
      done = listShown;
    } else if (s.kind === 'filter') {
      const before = countText();
      input = () => {
        const select = [...document.querySelectorAll('select')].find((el) => el.labels?.[0]?.textContent?.startsWith('Status')) as HTMLSelectElement;
        select.value = s.status;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      done = () => countText() !== before && !countText().startsWith('Loading');
    } else if (s.kind === 'sort') {
      const before = sortLabel(s.column);
      input = () => ([...document.querySelectorAll<HTMLButtonElement>('.wo-sort')].find((b) => b.textContent === s.column) as HTMLButtonElement).click();
      done = () => sortLabel(s.column) !== before;
    } else if (s.kind === 'open-work-order') {
      input = () => document.querySelectorAll<HTMLAnchorElement>('ul[aria-label="Work orders"] a')[s.row]?.click();
      done = () => q('[data-testid=work-order-page]') !== null && q('[data-testid=timeline-entry]') !== null;
    } else if (s.kind === 'search') {
      const box = q<HTMLInputElement>('input[aria-label="Go to a work order, an asset or a screen"]') as HTMLInputElement;
      input = () => {
        // React reads a typed character from the input event, with the value set as the browser would.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, s.query);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      };
      done = () => q('[data-query]')?.getAttribute('data-query') === s.query;
    } else {
      input = () => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      done = listShown;
    }
    const started = performance.now();
    input();
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (done()) return resolve();
        if (performance.now() - started > 30_000) return reject(new Error(`the step ${s.kind} never showed its result`));
        setTimeout(check, 0);
      };
      check();
    });
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - started, start: started };
  }, step);
}

/** Percentile of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
