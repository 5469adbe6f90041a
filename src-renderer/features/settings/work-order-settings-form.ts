/** The client-update interval as typed (a text box: a person may clear it while typing). */
export type WorkOrderSettingsForm = { clientUpdateEveryHours: string };
export type WorkOrderSettingsErrors = Partial<Record<keyof WorkOrderSettingsForm, string>>;

/** The settings the form describes, or what is wrong with them in plain words. */
export function workOrderSettingsFromForm(form: WorkOrderSettingsForm): { workOrderSettings: { clientUpdateEveryHours: number } } | { errors: WorkOrderSettingsErrors } {
  const text = form.clientUpdateEveryHours.trim();
  const hours = Number(text);
  if (text === '' || !Number.isInteger(hours) || hours < 1 || hours > 720) {
    return { errors: { clientUpdateEveryHours: 'Enter a whole number of hours from 1 to 720 (30 days).' } };
  }
  return { workOrderSettings: { clientUpdateEveryHours: hours } };
}
