import { notRecordedCode, retiredWorkOrderFields } from '@shared/schema/work-order.schema';

/**
 * Work-order schema version 3 on every stored work order, as the devices' RxDB migration does
 * (`workOrderFromV2`), so both hold the same document: the retired due times dropped, and resolved
 * or closed work given the "not recorded" resolution code.
 */
export const retiredWorkOrderFieldsSql = `UPDATE documents
  SET data = (data ${retiredWorkOrderFields.map((f) => `- '${f}'`).join(' ')})
    || CASE WHEN data->>'status' IN ('resolved', 'closed') AND NOT data ? 'resolutionCode' THEN '{"resolutionCode": "${notRecordedCode}"}'::jsonb ELSE '{}'::jsonb END
  WHERE collection = 'work-orders'`;
