const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

/** A follow-up date (YYYY-MM-DD, a calendar date) in words. */
export const formatFollowUp = (day: string | undefined) => (day ? dayFormat.format(new Date(`${day}T00:00:00Z`)) : 'None set');
