/** Dates as readers see them. ISO strings in, no time zones: a publication date is a calendar day. */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "13 March 2023" for "2023-03-13". */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(`${iso}T00:00:00Z`));
}
