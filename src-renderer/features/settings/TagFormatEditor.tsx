import { useState, type FormEvent } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { isCountyTag, normaliseTag, type TagFormat } from '@shared/domain/asset-tag';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { tagFormatFromForm, type TagFormatErrors } from './tag-format-form';
import { FormErrors } from './FormErrors';
import { saveNewVersion } from './save-version';
import { useDraft } from './use-draft';

/** The supervisor's form for the asset-tag format, with a tag to try it on. */
export function TagFormatEditor({ current, versions }: { current: ReferenceDoc; versions: readonly ReferenceDoc[] }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const draft = useDraft<TagFormat>(current.id, () => ({ ...(current.tagFormat as TagFormat) }));
  const [errors, setErrors] = useState<TagFormatErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [trial, setTrial] = useState('');
  const { form } = draft;
  const set = (change: Partial<TagFormat>) => {
    draft.edit((f) => ({ ...f, ...change }));
    setNotice(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = tagFormatFromForm(form);
    if ('errors' in result) return setErrors(result.errors);
    setErrors({});
    try {
      const saved = await saveNewVersion(db, current, versions, { tagFormat: result.tagFormat }, user);
      draft.saved();
      setNotice(`Saved as version ${saved.version}. It reaches the other devices through the central server as soon as this device is online.`);
    } catch {
      setErrors({ pattern: 'The tag format could not be saved on this device: try again. If it keeps failing, the device may be out of space.' });
    }
  };

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} aria-label="Asset tag format" noValidate>
      {draft.stale && <p className="notice" role="status">A newer version was saved on another device while you were editing. Saving yours makes it the one in force.</p>}
      <label>
        Tag pattern (regular expression)
        <input value={form.pattern} onChange={(e) => set({ pattern: e.target.value })} size={30} spellCheck={false} aria-invalid={Boolean(errors.pattern)} />
      </label>
      <label>
        Example tag
        <input value={form.example} onChange={(e) => set({ example: e.target.value })} size={20} spellCheck={false} aria-invalid={Boolean(errors.example)} />
      </label>
      <label>
        Description
        <input value={form.description} onChange={(e) => set({ description: e.target.value })} size={60} aria-invalid={Boolean(errors.description)} />
      </label>
      <p className="muted">Tags are compared in capitals without spaces or the * that starts and ends a Code 39 barcode.</p>
      <label>
        Try a tag
        <input value={trial} onChange={(e) => setTrial(e.target.value)} size={20} spellCheck={false} />
      </label>
      {trial.trim() && (
        <p aria-live="polite">
          {normaliseTag(trial)} {isCountyTag(trial, form) ? 'is a county asset tag.' : 'is not a county asset tag.'}
        </p>
      )}
      <FormErrors errors={errors} />
      <button type="submit">Save tag format</button>
      {notice && <p role="status" className="notice">{notice}</p>}
    </form>
  );
}
