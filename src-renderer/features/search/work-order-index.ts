import MiniSearch from 'minisearch';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';

/** One searchable thing: a work order's own words, or one timeline entry's text. */
type Entry = { id: string; workOrderId: string; number: string; title: string; requester: string; assetTag: string; text: string; fromNote: boolean };

/** A work order the query found, and whether only its timeline held the words. */
export type SearchHit = { workOrderId: string; inNote: boolean };

// Entries the app writes itself (steps, lost edits, decisions on them) hold no words a person typed.
const wordless = new Set<string>(['status-change', 'overridden-edit', 'lost-edit-dismissed']);

/**
 * The device's full-text index over work orders and their timelines (MiniSearch): number,
 * requester, asset tag, title and description, and the words of notes and client updates.
 * Every word of the query must appear in one work order or in one entry; the last word may be
 * unfinished (prefix), since results show as the person types.
 */
export class WorkOrderIndex {
  private readonly index = new MiniSearch<Entry>({
    fields: ['number', 'title', 'requester', 'assetTag', 'text'],
    storeFields: ['workOrderId', 'fromNote'],
    searchOptions: { combineWith: 'AND', prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2, boost: { number: 4, assetTag: 4, requester: 2, title: 2 } },
  });

  /** Adds or replaces a work order; `assetTag` is the tag of the asset it names, if any. */
  putWorkOrder(wo: WorkOrder, assetTag = ''): void {
    this.put({
      id: wo.id, workOrderId: wo.id, number: wo.number === undefined ? '' : String(wo.number), title: wo.title,
      requester: wo.requester.name, assetTag, text: wo.description, fromNote: false,
    });
  }

  /** Adds or replaces a timeline entry (entries the app writes itself are left out). */
  putNote(note: WorkOrderNote): void {
    if (wordless.has(note.kind)) return this.remove(note.id);
    this.put({ id: note.id, workOrderId: note.workOrderId, number: '', title: '', requester: '', assetTag: '', text: note.text, fromNote: true });
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** The work orders best matching `query`, best first, each once. */
  search(query: string, limit = 8): SearchHit[] {
    if (query.trim().length < 2) return [];
    const hits = new Map<string, SearchHit>();
    for (const result of this.index.search(query)) {
      const workOrderId = result.workOrderId as string;
      const seen = hits.get(workOrderId);
      if (!seen) hits.set(workOrderId, { workOrderId, inNote: result.fromNote as boolean });
      else if (!result.fromNote) seen.inNote = false;
      if (hits.size >= limit) break;
    }
    return [...hits.values()];
  }

  private put(entry: Entry): void {
    if (this.index.has(entry.id)) this.index.replace(entry);
    else this.index.add(entry);
  }
}
