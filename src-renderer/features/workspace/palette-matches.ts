import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { Screen } from './screens';

const numberIn = (query: string): string | undefined => /^(?:wo-?\s*)?(\d+)$/.exec(query.trim().toLowerCase())?.[1];

/** Whether the query is a work-order number ("1042", "WO-1042"), looked up by number only. */
export const isNumberQuery = (query: string): boolean => numberIn(query) !== undefined;

/**
 * What the command palette offers for a query: screens whose name or description holds every
 * word, then work orders by number ("1042", "WO-1042") or, from three letters on, by title.
 * Pure, so the palette's choices are tested without a browser.
 */
export function paletteMatches(query: string, screens: readonly Screen[], workOrders: readonly WorkOrder[], limit = 6): { screens: Screen[]; workOrders: WorkOrder[] } {
  const q = query.trim().toLowerCase();
  if (!q) return { screens: [...screens], workOrders: [] };
  const words = q.split(/\s+/);
  const matchingScreens = screens.filter((s) => words.every((w) => `${s.label} ${s.description}`.toLowerCase().includes(w)));
  const number = numberIn(q);
  let found: WorkOrder[] = [];
  if (number) {
    found = workOrders.filter((wo) => wo.number !== undefined && String(wo.number).startsWith(number));
    found.sort((a, b) => String(a.number).length - String(b.number).length || (a.number ?? 0) - (b.number ?? 0));
  } else if (q.length >= 3) {
    for (const wo of workOrders) {
      if (words.every((w) => wo.title.toLowerCase().includes(w))) found.push(wo);
      if (found.length >= limit) break;
    }
  }
  return { screens: matchingScreens, workOrders: found.slice(0, limit) };
}
