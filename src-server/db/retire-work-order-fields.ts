import { retiredWorkOrderFields } from '@shared/schema/work-order.schema';

/**
 * Drops the fields work-order schema version 3 retired from every stored work order, as the
 * devices' RxDB migration does (`withoutRetiredFields`), so both hold the same document.
 */
export const retiredWorkOrderFieldsSql = `UPDATE documents SET data = data ${retiredWorkOrderFields.map((f) => `- '${f}'`).join(' ')}
  WHERE collection = 'work-orders' AND (${retiredWorkOrderFields.map((f) => `data ? '${f}'`).join(' OR ')})`;
