// A small browser-compatible stand-in for Node's `assert` (strict semantics), used when the
// extension-host suite is bundled for the web-worker extension host (build.mjs aliases
// `assert` to this file there). Covers what the suites use; add more when a test needs it.

export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown, readonly operator?: string) {
    super(message);
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (value instanceof Map) return `Map(${show([...value])})`;
  if (value instanceof Set) return `Set(${show([...value])})`;
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v === undefined ? '[undefined]' : v), 2);
    return text ?? String(value);
  } catch {
    return String(value);
  }
}

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown, operator?: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected, operator);
}

export function isDeepStrictEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    for (const [key, value] of a) if (!other.has(key) || !isDeepStrictEqual(value, other.get(key), seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    if (a.size !== other.size) return false;
    for (const value of a) if (!other.has(value)) return false;
    return true;
  }
  if (ArrayBuffer.isView(a)) {
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!isDeepStrictEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen)) return false;
  }
  return true;
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected, 'strictEqual');
}
export const equal = strictEqual;

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
}
export const notEqual = notStrictEqual;

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) fail(message, `Expected values to be strictly deep-equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`, actual, expected, 'deepStrictEqual');
}
export const deepEqual = deepStrictEqual;

export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepStrictEqual(actual, expected)) fail(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected, 'notDeepStrictEqual');
}
export const notDeepEqual = notDeepStrictEqual;

export function match(value: string, regexp: RegExp, message?: string | Error): void {
  if (!regexp.test(value)) fail(message, `The input did not match ${regexp}: ${show(value)}`, value, regexp, 'match');
}

export function doesNotMatch(value: string, regexp: RegExp, message?: string | Error): void {
  if (regexp.test(value)) fail(message, `The input was expected not to match ${regexp}: ${show(value)}`, value, regexp, 'doesNotMatch');
}

type ErrorCheck = RegExp | (new (...args: never[]) => Error) | ((error: unknown) => boolean) | Record<string, unknown>;

function checkError(error: unknown, expected: ErrorCheck | undefined, message?: string | Error): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (!expected.test(String(error instanceof Error ? error.message : error)) && !expected.test(String(error))) fail(message, `The error did not match ${expected}: ${String(error)}`);
    return;
  }
  if (typeof expected === 'function') {
    if (expected.prototype instanceof Error || expected === Error) {
      if (!(error instanceof (expected as new () => Error))) fail(message, `The error is not an instance of ${expected.name}: ${String(error)}`);
      return;
    }
    if ((expected as (e: unknown) => boolean)(error) !== true) fail(message, `The error validation function did not return true: ${String(error)}`);
    return;
  }
  for (const [key, value] of Object.entries(expected)) {
    const actual = (error as Record<string, unknown>)?.[key];
    if (value instanceof RegExp ? !value.test(String(actual)) : !isDeepStrictEqual(actual, value)) fail(message, `The error's "${key}" is ${show(actual)}, expected ${show(value)}`);
  }
}

export function throws(fn: () => unknown, expected?: ErrorCheck | string, message?: string | Error): void {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    fn();
  } catch (error) {
    checkError(error, expected, message);
    return;
  }
  fail(message, 'Missing expected exception.');
}

export function doesNotThrow(fn: () => unknown, message?: string | Error): void {
  try {
    fn();
  } catch (error) {
    fail(message, `Got unwanted exception: ${String(error)}`);
  }
}

export async function rejects(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: ErrorCheck | string, message?: string | Error): Promise<void> {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    checkError(error, expected, message);
    return;
  }
  fail(message, 'Missing expected rejection.');
}

export async function doesNotReject(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    fail(message, `Got unwanted rejection: ${String(error)}`);
  }
}

function assert(value: unknown, message?: string | Error): asserts value {
  ok(value, message);
}

export const strict = assert;
export default Object.assign(assert, {
  AssertionError, ok, equal, strictEqual, notEqual, notStrictEqual, deepEqual, deepStrictEqual, notDeepEqual,
  notDeepStrictEqual, match, doesNotMatch, throws, doesNotThrow, rejects, doesNotReject, isDeepStrictEqual, strict: assert,
});
