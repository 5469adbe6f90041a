import { useState } from 'react';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { isCountyTag, normaliseTag, type TagFormat } from '@shared/domain/asset-tag';
import { tagFormatFromForm, type TagFormatErrors } from './tag-format-form';
import { FormErrors } from './FormErrors';
import { useVersionForm } from './use-version-form';
import { StaleDraftNotice } from './StaleDraftNotice';

/** The supervisor's form for the asset-tag format, with a tag to try it on. */
export function TagFormatEditor({ current, versions }: { current: ReferenceDoc; versions: readonly ReferenceDoc[] }) {
  const { form, stale, errors, notice, set, submit } = useVersionForm<TagFormat, TagFormatErrors>({
    current,
    versions,
    fromSource: () => ({ ...(current.tagFormat as TagFormat) }),
    parse: (f) => {
      const result = tagFormatFromForm(f);
      return 'errors' in result ? result : { changes: { tagFormat: result.tagFormat } };
    },
    failure: { field: 'pattern', text: 'The tag format could not be saved on this device: try again. If it keeps failing, the device may be out of space.' },
  });
  const [trial, setTrial] = useState('');

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} aria-label="Asset tag format" noValidate>
      {stale && <StaleDraftNotice />}
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
