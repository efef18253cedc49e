/**
 * Freezes a JSON value and everything in it, so that a later change throws
 * (in strict mode) instead of silently altering what others hold. An object
 * already frozen is taken to be frozen all the way down.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
