import { useState, type FormEvent } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { holdReasonLabels, holdReasons } from '@shared/domain/work-order-status';
import { priorityKeys, type PriorityKey, type SlaPolicy } from '@shared/domain/sla-policy';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { formFromPolicy, policyFromForm, type SlaForm, type SlaFormErrors } from './sla-policy-form';
import { WorkingCalendarFields } from './WorkingCalendarFields';
import { FormErrors } from './FormErrors';
import { saveNewVersion } from './save-version';
import { useDraft } from './use-draft';

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The supervisor's form for the service levels: saving makes the next version of the policy. */
export function SlaPolicyEditor({ current, versions }: { current: ReferenceDoc; versions: readonly ReferenceDoc[] }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const draft = useDraft(current.id, () => formFromPolicy(current.slaPolicy as SlaPolicy, deviceZone()));
  const [errors, setErrors] = useState<SlaFormErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { form } = draft;
  const set = (change: Partial<SlaForm>) => {
    draft.edit((f) => ({ ...f, ...change }));
    setNotice(null);
  };
  const setTarget = (p: PriorityKey, which: 'response' | 'resolution', value: string) =>
    set({ targets: { ...form.targets, [p]: { ...form.targets[p], [which]: value } } });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = policyFromForm(form);
    if ('errors' in result) return setErrors(result.errors);
    setErrors({});
    try {
      const saved = await saveNewVersion(db, current, versions, { slaPolicy: result.policy }, user);
      draft.saved();
      setNotice(`Saved as version ${saved.version}. It reaches the other devices through the central server as soon as this device is online.`);
    } catch {
      setErrors({ form: 'The service levels could not be saved on this device: try again. If it keeps failing, the device may be out of space.' });
    }
  };

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} aria-label="Service levels" noValidate>
      {draft.stale && (
        <p className="notice" role="status">
          A newer version was saved on another device while you were editing. Saving yours makes it the one in force.
        </p>
      )}
      <fieldset>
        <legend>Targets, in working hours</legend>
        <table className="targets">
          <thead>
            <tr><th>Priority</th><th>Respond within (hours)</th><th>Resolve within (hours)</th></tr>
          </thead>
          <tbody>
            {priorityKeys.map((p) => {
              const label = priorityLabels[Number(p) as Priority];
              return (
                <tr key={p}>
                  <th scope="row">{label}</th>
                  <td>
                    <input aria-label={`${label} response target (hours)`} inputMode="decimal" size={7} value={form.targets[p].response} onChange={(e) => setTarget(p, 'response', e.target.value)} aria-invalid={Boolean(errors[`targets.${p}.response`])} />
                  </td>
                  <td>
                    <input aria-label={`${label} resolution target (hours)`} inputMode="decimal" size={7} value={form.targets[p].resolution} onChange={(e) => setTarget(p, 'resolution', e.target.value)} aria-invalid={Boolean(errors[`targets.${p}.resolution`])} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <WorkingCalendarFields form={form} set={set} errors={errors} />
      <fieldset>
        <legend>Hold reasons that stop the resolution clock</legend>
        {holdReasons.map((reason) => (
          <label key={reason} className="check">
            <input
              type="checkbox"
              checked={form.pauseOn.includes(reason)}
              onChange={(e) => set({ pauseOn: e.target.checked ? holdReasons.filter((r) => r === reason || form.pauseOn.includes(r)) : form.pauseOn.filter((r) => r !== reason) })}
            />{' '}
            {holdReasonLabels[reason]}
          </label>
        ))}
      </fieldset>
      <label>
        Turn amber at (% of the target)
        <input inputMode="decimal" size={5} value={form.amberPercent} onChange={(e) => set({ amberPercent: e.target.value })} aria-invalid={Boolean(errors.amberPercent)} />
      </label>
      <FormErrors errors={errors} />
      <button type="submit">Save service levels</button>
      {notice && <p role="status" className="notice">{notice}</p>}
    </form>
  );
}
