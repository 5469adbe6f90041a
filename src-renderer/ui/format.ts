const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateTimeWithYear = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dateWithYear = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

const thisYear = (d: Date, now: Date) => d.getFullYear() === now.getFullYear();

export const formatTime = (iso: string) => time.format(new Date(iso));
/** "Mar 3, 14:05", with the year when it is not this year ("Dec 30, 2025, 09:12"). */
export const formatDateTime = (iso: string, now = new Date()) => {
  const d = new Date(iso);
  return (thisYear(d, now) ? dateTime : dateTimeWithYear).format(d);
};
/** Days already worded, for today: a list draws the same few hundred dates at every scroll, and Intl is slow. */
let days = { today: '', words: new Map<string, string>() };

/** A day in a list: "Mar 3" this year, "Dec 30, 2025" before; today it is the time. */
export const formatDay = (iso: string, now = new Date()) => {
  const today = now.toDateString();
  if (days.today !== today) days = { today, words: new Map() };
  let words = days.words.get(iso);
  if (words === undefined) {
    const d = new Date(iso);
    words = d.toDateString() === today ? time.format(d) : (thisYear(d, now) ? date : dateWithYear).format(d);
    if (days.words.size > 20_000) days.words.clear();
    days.words.set(iso, words);
  }
  return words;
};

/** "WO-10234", or "new" until the server has numbered it. */
export const workOrderNumber = (number: number | undefined) => (number ? `WO-${number}` : 'new');
