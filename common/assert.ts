/** Impossible states fail loudly; they are never turned into GraphQL errors. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(x)}`);
}

export function invariant(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(`Invariant failed: ${msg}`);
}
