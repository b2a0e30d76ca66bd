// Cross-field checks of a monitoring form: «trained <= class_teachers»,
// «hours_visited >= 0». Parsed once; evaluated for every report.

export type Operator = '<=' | '>=' | '<' | '>' | '==' | '!=';

export interface Check {
  readonly left: string;
  readonly operator: Operator;
  readonly right: { readonly indicator: string } | { readonly value: number };
}

export function parseCheck(rule: string): Check | undefined {
  const match = /^\s*([A-Za-z][\w.-]*)\s*(<=|>=|==|!=|<|>)\s*(?:([A-Za-z][\w.-]*)|(-?\d+(?:[.,]\d+)?))\s*$/.exec(rule);
  if (!match) return undefined;
  const right = match[3] !== undefined ? { indicator: match[3] } : { value: Number(match[4]!.replace(',', '.')) };
  return { left: match[1]!, operator: match[2] as Operator, right };
}

export function holds(left: number, operator: Operator, right: number): boolean {
  switch (operator) {
    case '<=':
      return left <= right;
    case '>=':
      return left >= right;
    case '<':
      return left < right;
    case '>':
      return left > right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}
