import { addRxPlugin, wrappedValidateStorageFactory, type RxStorage } from 'rxdb';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { createValidator } from '@shared/schema/validate';

/** Development and test builds check every write against its schema and RxDB's rules, loudly. */
export const devChecks = (import.meta.env?.MODE ?? 'production') !== 'production';

/**
 * The same non-eval validator the server uses, plugged into RxDB's validating storage (ajv would
 * need 'unsafe-eval', which the renderer's CSP forbids).
 */
const validateWithSharedSchemas = wrappedValidateStorageFactory((schema) => {
  const validate = createValidator(schema);
  return (doc) => {
    const violation = validate(doc);
    return violation ? [{ field: violation.field, message: violation.message }] : [];
  };
}, 'fielddesk-shared');

export function withDevChecks<I, O>(storage: RxStorage<I, O>): RxStorage<I, O> {
  if (!devChecks) return storage;
  // The warnings banner frames rxdb.info, which the CSP rightly blocks; the checks stay on.
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return validateWithSharedSchemas({ storage });
}
