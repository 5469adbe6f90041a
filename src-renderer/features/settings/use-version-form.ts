import { useState, type FormEvent } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { saveNewVersion } from './save-version';
import { useDraft } from './use-draft';

type Errors = Partial<Record<string, string>>;

type VersionFormOptions<F, E extends Errors> = {
  current: ReferenceDoc;
  versions: readonly ReferenceDoc[];
  fromSource: () => F;
  /** The reference fields the form sets, or what is wrong with it in plain words. */
  parse: (form: F) => { changes: Pick<Partial<ReferenceDoc>, 'slaPolicy' | 'tagFormat' | 'workOrderSettings'> } | { errors: E };
  /** Where, and in what words, a failed save on this device is shown. */
  failure: { field: keyof E & string; text: string };
};

/**
 * A settings form whose save makes the next version of a reference item: its draft, its
 * errors, and the notice that the version was saved here and travels when the device is online.
 */
export function useVersionForm<F, E extends Errors>({ current, versions, fromSource, parse, failure }: VersionFormOptions<F, E>) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const draft = useDraft(current.id, fromSource);
  const [errors, setErrors] = useState<E>({} as E);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (change: Partial<F>) => {
    draft.edit((f) => ({ ...f, ...change }));
    setNotice(null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = parse(draft.form);
    if ('errors' in result) return setErrors(result.errors);
    setErrors({} as E);
    try {
      const saved = await saveNewVersion(db, current, versions, result.changes, user);
      draft.saved();
      setNotice(`Saved as version ${saved.version}. It reaches the other devices through the central server as soon as this device is online.`);
    } catch {
      setErrors({ [failure.field]: failure.text } as E);
    }
  };
  return { form: draft.form, stale: draft.stale, errors, notice, set, submit };
}
