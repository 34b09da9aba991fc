/**
 * The roles PlantGraph knows, in one place. An identity (JWT claim `roles`, API key entry) holds any number of
 * them; unknown role names are ignored. Every role may read the plant's non-sensitive data; the field policy in
 * policy.ts narrows labour and cost data to the roles that need it. Sites are separate: an identity also holds a
 * list of site ids (or `*`), and every role is limited to those sites.
 */
export const roles = ['viewer', 'operator', 'planner', 'maintenance', 'cost'] as const;
export type Role = (typeof roles)[number];

/** What each role is for; printed in gateway/auth/README.md and the report. */
export const roleDescriptions: Readonly<Record<Role, string>> = Object.freeze({
  viewer: 'Reads equipment, states, production, process and maintenance data of its sites; no labour or cost data.',
  operator: 'A viewer on the shop floor; will add notes for equipment of its own sites once notes exist (issue 6).',
  planner: 'A viewer who also reads production-order labour (LaborRecord) and maintenance labour hours.',
  maintenance: 'A viewer who also reads maintenance work-order labour hours.',
  cost: 'A viewer who also reads labour and cost data (LaborRecord, labour hours).',
});

/** True for a role name this gateway knows. */
export function isRole(name: string): name is Role {
  return (roles as readonly string[]).includes(name);
}
