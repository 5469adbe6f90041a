import { useMemo, useState } from 'react';
import { weekdays, type Weekday } from '@shared/schema/reference.schema';
import { dayNames, type SlaForm, type SlaFormErrors } from './sla-policy-form';
import { holidayWords } from './describe-policy';

type Props = { form: SlaForm; set: (change: Partial<SlaForm>) => void; errors: SlaFormErrors };

/** When the SLA clocks count: around the clock, or business hours in a time zone with holidays. */
export function WorkingCalendarFields({ form, set, errors }: Props) {
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(form.timeZone) ? known : [form.timeZone, ...known];
  }, [form.timeZone]);
  const [holiday, setHoliday] = useState('');
  const setDay = (day: Weekday, change: Partial<SlaForm['hours'][Weekday]>) => set({ hours: { ...form.hours, [day]: { ...form.hours[day], ...change } } });
  const addHoliday = () => {
    if (holiday && !form.holidays.includes(holiday)) set({ holidays: [...form.holidays, holiday].sort() });
    setHoliday('');
  };

  return (
    <fieldset>
      <legend>Working time</legend>
      <label className="check">
        <input type="radio" name="calendar" checked={form.calendar === '24x7'} onChange={() => set({ calendar: '24x7' })} /> Around the clock (every hour of every day)
      </label>
      <label className="check">
        <input type="radio" name="calendar" checked={form.calendar === 'business'} onChange={() => set({ calendar: 'business' })} /> Business hours
      </label>
      {form.calendar === 'business' && (
        <>
          <label>
            Time zone
            <select value={form.timeZone} onChange={(e) => set({ timeZone: e.target.value })} aria-invalid={Boolean(errors.timeZone)}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>
              ))}
            </select>
          </label>
          <table className="hours" aria-label="Business hours">
            <tbody>
              {weekdays.map((day) => (
                <tr key={day}>
                  <th scope="row">
                    <label className="check">
                      <input type="checkbox" checked={form.hours[day].open} onChange={(e) => setDay(day, { open: e.target.checked })} /> Open on {dayNames[day]}
                    </label>
                  </th>
                  <td>
                    <input aria-label={`${dayNames[day]} opens at`} value={form.hours[day].start} disabled={!form.hours[day].open} onChange={(e) => setDay(day, { start: e.target.value })} placeholder="08:00" size={6} aria-invalid={Boolean(errors[`hours.${day}`])} />
                    {' to '}
                    <input aria-label={`${dayNames[day]} closes at`} value={form.hours[day].end} disabled={!form.hours[day].open} onChange={(e) => setDay(day, { end: e.target.value })} placeholder="17:00" size={6} aria-invalid={Boolean(errors[`hours.${day}`])} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Holidays</h3>
          {form.holidays.length === 0 ? (
            <p className="muted">No holidays.</p>
          ) : (
            <ul aria-label="Holidays" className="holidays">
              {form.holidays.map((date) => (
                <li key={date}>
                  {holidayWords(date)}{' '}
                  <button type="button" className="link" aria-label={`Remove the holiday ${holidayWords(date)}`} onClick={() => set({ holidays: form.holidays.filter((d) => d !== date) })}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <label>
            Add a holiday
            <input type="date" value={holiday} onChange={(e) => setHoliday(e.target.value)} />
          </label>
          <button type="button" onClick={addHoliday} disabled={!holiday}>Add holiday</button>
        </>
      )}
    </fieldset>
  );
}
