// The names of the kinds of file centre knows, without their schemas: enough
// to tell a file of a known kind, for commands that may not need to load zod.

export const kindNames = [
  'plan',
  'cyclogram',
  'holidays',
  'school-year',
  'registry',
  'form',
  'record',
  'centre',
  'document',
  'practice',
  'contest',
  'register',
] as const;

export type KindName = (typeof kindNames)[number];

export function isKindName(name: string): name is KindName {
  return (kindNames as readonly string[]).includes(name);
}
