import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { FormErrors } from './FormErrors';
import { StaleDraftNotice } from './StaleDraftNotice';
import { useVersionForm } from './use-version-form';
import { workOrderSettingsFromForm, type WorkOrderSettingsErrors, type WorkOrderSettingsForm } from './work-order-settings-form';

/** The supervisor's form for how often an open work order's client hears from the technician. */
export function WorkOrderSettingsEditor({ current, versions }: { current: ReferenceDoc; versions: readonly ReferenceDoc[] }) {
  const { form, stale, errors, notice, set, submit } = useVersionForm<WorkOrderSettingsForm, WorkOrderSettingsErrors>({
    current,
    versions,
    fromSource: () => ({ clientUpdateEveryHours: String(current.workOrderSettings?.clientUpdateEveryHours ?? '') }),
    parse: (f) => {
      const result = workOrderSettingsFromForm(f);
      return 'errors' in result ? result : { changes: { workOrderSettings: result.workOrderSettings } };
    },
    failure: { field: 'clientUpdateEveryHours', text: 'The setting could not be saved on this device: try again. If it keeps failing, the device may be out of space.' },
  });
  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} aria-label="Client updates" noValidate>
      {stale && <StaleDraftNotice />}
      <label>
        Update each client at least every (hours)
        <input value={form.clientUpdateEveryHours} onChange={(e) => set({ clientUpdateEveryHours: e.target.value })} inputMode="numeric" size={5} aria-invalid={Boolean(errors.clientUpdateEveryHours)} />
      </label>
      <p className="muted">An open work order whose client has heard nothing for longer is flagged in the list: &quot;update client&quot;.</p>
      <FormErrors errors={errors} />
      <button type="submit">Save client updates</button>
      {notice && <p role="status" className="notice">{notice}</p>}
    </form>
  );
}
