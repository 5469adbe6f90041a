import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { holdReasonLabels, holdReasons } from '@shared/domain/work-order-status';
import { priorityKeys, type PriorityKey, type SlaPolicy } from '@shared/domain/sla-policy';
import { formFromPolicy, policyFromForm, type SlaForm, type SlaFormErrors } from './sla-policy-form';
import { WorkingCalendarFields } from './WorkingCalendarFields';
import { FormErrors } from './FormErrors';
import { useVersionForm } from './use-version-form';
import { StaleDraftNotice } from './StaleDraftNotice';

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The supervisor's form for the service levels: saving makes the next version of the policy. */
export function SlaPolicyEditor({ current, versions }: { current: ReferenceDoc; versions: readonly ReferenceDoc[] }) {
  const { form, stale, errors, notice, set, submit } = useVersionForm<SlaForm, SlaFormErrors>({
    current,
    versions,
    fromSource: () => formFromPolicy(current.slaPolicy as SlaPolicy, deviceZone()),
    parse: (f) => {
      const result = policyFromForm(f);
      return 'errors' in result ? result : { changes: { slaPolicy: result.policy } };
    },
    failure: { field: 'form', text: 'The service levels could not be saved on this device: try again. If it keeps failing, the device may be out of space.' },
  });
  const setTarget = (p: PriorityKey, which: 'response' | 'resolution', value: string) =>
    set({ targets: { ...form.targets, [p]: { ...form.targets[p], [which]: value } } });

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} aria-label="Service levels" noValidate>
      {stale && <StaleDraftNotice />}
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
