// A message's own words: what centre wrote around the values it quotes. A check for «undefined», «NaN» or
// «[object» in a message must look there only: a school's cell that reads «NaNда» is quoted as it is
// (the reports fuzz test found one), and that is right.

/** The parameters with every text replaced by «x»; numbers, and parameters left out, stay as they are. */
export function withTextsNeutral<Params extends Record<string, unknown>>(params: Params | undefined): Params | undefined {
  if (params === undefined) return undefined;
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? 'x' : value])) as Params;
}
