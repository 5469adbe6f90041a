import { priorityLabels, type Priority } from '@shared/domain/priority';
import { holdReasonLabels } from '@shared/domain/work-order-status';
import { priorityKeys, type SlaPolicy } from '@shared/domain/sla-policy';
import { weekdays } from '@shared/schema/reference.schema';
import { dayNames } from './sla-policy-form';
import { holidayWords, workingTime } from './describe-policy';

/** The service levels in force, read-only (what a technician sees). */
export function SlaPolicySummary({ policy }: { policy: SlaPolicy }) {
  const { calendar } = policy;
  return (
    <div className="summary">
      <table className="list" aria-label="Service level targets">
        <thead>
          <tr><th>Priority</th><th>Respond within</th><th>Resolve within</th></tr>
        </thead>
        <tbody>
          {priorityKeys.map((p) => (
            <tr key={p}>
              <th scope="row">{priorityLabels[Number(p) as Priority]}</th>
              <td>{workingTime(policy.targets[p].responseMinutes)}</td>
              <td>{workingTime(policy.targets[p].resolutionMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {calendar.kind === '24x7' ? (
        <p>Targets count every hour of every day.</p>
      ) : (
        <>
          <p>Targets count working hours only, in the {calendar.timeZone} time zone:</p>
          <ul aria-label="Working hours">
            {weekdays.map((day) => {
              const hours = calendar.hours?.[day];
              return <li key={day}>{dayNames[day]}: {hours ? `${hours[0]} to ${hours[1]}` : 'closed'}</li>;
            })}
          </ul>
          <p>{calendar.holidays?.length ? `Holidays: ${calendar.holidays.map(holidayWords).join('; ')}.` : 'No holidays.'}</p>
        </>
      )}
      <p>
        {policy.pauseOn.length
          ? `The resolution clock stops while work is on hold for: ${policy.pauseOn.map((r) => holdReasonLabels[r].toLowerCase()).join(', ')}.`
          : 'The resolution clock never stops while work is on hold.'}
      </p>
      <p>A clock turns amber at {Math.round(policy.warnAt * 1000) / 10} % of its target.</p>
    </div>
  );
}
