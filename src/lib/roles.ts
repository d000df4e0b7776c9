/** A registry role's time in office, as a reader would write it. */
import type { Person } from '../schemas/person';

type Role = NonNullable<Person['roles']>[number];

/** "2021–2025", "since 2013", "until 2015", or nothing when the registry gives no dates. */
export function roleYears(role: Role): string | undefined {
  const from = role.from?.slice(0, 4);
  const to = role.to?.slice(0, 4);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return undefined;
}

/** The role held on `day` (YYYY-MM-DD), if the registry dates one; a year-only end counts as that whole year. */
export function roleHeldOn(roles: readonly Role[] | undefined, day: string): Role | undefined {
  return roles?.find((role) => role.from !== undefined && role.from <= day && (role.to === undefined || day < role.to));
}
