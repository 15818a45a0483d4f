// An ava look-alike for running the portable packages' tests in a browser.
//
// The same test files run under ava in node and, bundled by esbuild with `ava` aliased to
// this file, in headless Chromium. Only the subset of ava's API listed in CONTRIBUTING.md
// exists here; a test using anything else fails loudly rather than passing by accident.

type Implementation = (t: ExecutionContext) => unknown;
type Hook = (t: ExecutionContext) => unknown;

interface Registered {
  title: string;
  fn: Implementation;
  skip: boolean;
  todo: boolean;
  failing: boolean;
}

export interface ThrowsExpectation {
  instanceOf?: new (...args: never[]) => unknown;
  is?: unknown;
  message?: string | RegExp | ((m: string) => boolean);
  name?: string;
  code?: string | number;
  any?: boolean;
}

class AssertionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionFailure';
  }
}

function describe(v: unknown): string {
  try {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'function') return `[Function ${v.name || 'anonymous'}]`;
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof Uint8Array) return `${v.constructor.name}[${Array.prototype.slice.call(v, 0, 32).join(',')}${v.length > 32 ? ',…' : ''}]`;
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    const s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
    return s === undefined ? String(v) : s.length > 300 ? s.slice(0, 300) + '…' : s;
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** ava's deepEqual: same constructors, same own enumerable keys, same values (Object.is). */
function deepEqual(a: unknown, b: unknown, seen = new Map<unknown, unknown>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (ArrayBuffer.isView(a)) {
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  }
  if (a instanceof Map) {
    const m = b as Map<unknown, unknown>;
    if (a.size !== m.size) return false;
    for (const [k, v] of a) if (!m.has(k) || !deepEqual(v, m.get(k), seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    const s = b as Set<unknown>;
    if (a.size !== s.size) return false;
    for (const v of a) if (!s.has(v)) return false;
    return true;
  }
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const ka = Object.keys(a).filter((k) => !(ArrayBuffer.isView(a) && /^\d+$/.test(k)));
  const kb = Object.keys(b).filter((k) => !(ArrayBuffer.isView(b) && /^\d+$/.test(k)));
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen)) return false;
  }
  return true;
}

function like(actual: unknown, selector: unknown): boolean {
  if (typeof selector !== 'object' || selector === null) return deepEqual(actual, selector);
  if (typeof actual !== 'object' || actual === null) return false;
  for (const k of Object.keys(selector)) {
    if (!like((actual as Record<string, unknown>)[k], (selector as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export class ExecutionContext {
  title: string;
  context: Record<string, unknown>;
  private planned: number | undefined;
  private count = 0;
  private teardowns: Array<() => unknown> = [];
  logs: string[] = [];

  constructor(title: string, context: Record<string, unknown>) {
    this.title = title;
    this.context = context;
  }

  private ok(cond: boolean, message: string | undefined, detail: string): void {
    this.count++;
    if (!cond) throw new AssertionFailure(message ? `${message} — ${detail}` : detail);
  }

  is(a: unknown, b: unknown, m?: string) {
    this.ok(Object.is(a, b), m, `expected ${describe(a)} to be ${describe(b)}`);
  }
  not(a: unknown, b: unknown, m?: string) {
    this.ok(!Object.is(a, b), m, `expected ${describe(a)} not to be ${describe(b)}`);
  }
  deepEqual(a: unknown, b: unknown, m?: string) {
    this.ok(deepEqual(a, b), m, `expected ${describe(a)} to deep-equal ${describe(b)}`);
  }
  notDeepEqual(a: unknown, b: unknown, m?: string) {
    this.ok(!deepEqual(a, b), m, `expected ${describe(a)} not to deep-equal ${describe(b)}`);
  }
  like(a: unknown, selector: unknown, m?: string) {
    this.ok(like(a, selector), m, `expected ${describe(a)} to be like ${describe(selector)}`);
  }
  true(v: unknown, m?: string) {
    this.ok(v === true, m, `expected true, got ${describe(v)}`);
  }
  false(v: unknown, m?: string) {
    this.ok(v === false, m, `expected false, got ${describe(v)}`);
  }
  truthy(v: unknown, m?: string) {
    this.ok(!!v, m, `expected truthy, got ${describe(v)}`);
  }
  falsy(v: unknown, m?: string) {
    this.ok(!v, m, `expected falsy, got ${describe(v)}`);
  }
  assert(v: unknown, m?: string) {
    this.truthy(v, m);
  }
  regex(s: string, re: RegExp, m?: string) {
    this.ok(re.test(s), m, `expected ${describe(s)} to match ${re}`);
  }
  notRegex(s: string, re: RegExp, m?: string) {
    this.ok(!re.test(s), m, `expected ${describe(s)} not to match ${re}`);
  }
  pass(_m?: string) {
    this.count++;
  }
  fail(m?: string) {
    this.ok(false, m, 'Test failed via `t.fail()`');
  }
  plan(n: number) {
    this.planned = n;
  }
  log(...values: unknown[]) {
    this.logs.push(values.map((v) => (typeof v === 'string' ? v : describe(v))).join(' '));
  }
  teardown(fn: () => unknown) {
    this.teardowns.push(fn);
  }
  timeout(_ms: number) {
    // The runner has one overall time limit per page.
  }

  private checkThrown(err: unknown, exp: ThrowsExpectation | null | undefined, m: string | undefined): unknown {
    if (exp == null) {
      this.ok(err instanceof Error, m, `expected an Error to be thrown, got ${describe(err)}`);
      return err;
    }
    if (!exp.any) this.ok(err instanceof Error, m, `expected an Error, got ${describe(err)}`);
    const e = err as { name?: string; message?: string; code?: unknown };
    if (exp.instanceOf) this.ok(err instanceof exp.instanceOf, m, `expected instance of ${exp.instanceOf.name}, got ${describe(err)}`);
    if ('is' in exp) this.ok(err === exp.is, m, `expected the thrown value to be ${describe(exp.is)}`);
    if (exp.name !== undefined) this.ok(e.name === exp.name, m, `expected name ${describe(exp.name)}, got ${describe(e.name)}`);
    if (exp.code !== undefined) this.ok(e.code === exp.code, m, `expected code ${describe(exp.code)}, got ${describe(e.code)}`);
    if (exp.message !== undefined) {
      const msg = String(e.message);
      const good =
        typeof exp.message === 'string' ? msg === exp.message : exp.message instanceof RegExp ? exp.message.test(msg) : exp.message(msg);
      this.ok(good, m, `unexpected message ${describe(msg)} (wanted ${describe(String(exp.message))})`);
    }
    return err;
  }

  throws(fn: () => unknown, exp?: ThrowsExpectation | null, m?: string): unknown {
    try {
      fn();
    } catch (err) {
      return this.checkThrown(err, exp, m);
    }
    this.ok(false, m, 'expected the function to throw');
    return undefined;
  }
  async throwsAsync(p: Promise<unknown> | (() => Promise<unknown>), exp?: ThrowsExpectation | null, m?: string): Promise<unknown> {
    try {
      await (typeof p === 'function' ? p() : p);
    } catch (err) {
      return this.checkThrown(err, exp, m);
    }
    this.ok(false, m, 'expected the promise to reject');
    return undefined;
  }
  notThrows(fn: () => unknown, m?: string) {
    try {
      fn();
    } catch (err) {
      this.ok(false, m, `expected no throw, got ${describe(err)}`);
    }
    this.count++;
  }
  async notThrowsAsync(p: Promise<unknown> | (() => Promise<unknown>), m?: string) {
    try {
      await (typeof p === 'function' ? p() : p);
    } catch (err) {
      this.ok(false, m, `expected no rejection, got ${describe(err)}`);
    }
    this.count++;
  }

  async _finish(): Promise<void> {
    for (const fn of this.teardowns.reverse()) await fn();
    if (this.planned !== undefined && this.planned !== this.count) {
      throw new AssertionFailure(`Planned for ${this.planned} assertions, but got ${this.count}`);
    }
    if (this.count === 0) throw new AssertionFailure('Test finished without running any assertions');
  }
}

const tests: Registered[] = [];
const hooks = { before: [] as Hook[], after: [] as Hook[], beforeEach: [] as Hook[], afterEach: [] as Hook[] };
let file = '';

interface TestFn {
  (title: string, fn: Implementation): void;
  serial: TestFn;
  skip(title: string, fn: Implementation): void;
  todo(title: string): void;
  failing(title: string, fn: Implementation): void;
  before(fn: Hook): void;
  after(fn: Hook): void;
  beforeEach(fn: Hook): void;
  afterEach(fn: Hook): void;
  only(title: string, fn: Implementation): void;
}

const test = ((title: string, fn: Implementation) => {
  tests.push({ title: `${file} › ${title}`, fn, skip: false, todo: false, failing: false });
}) as TestFn;
test.serial = test;
test.skip = (title, fn) => tests.push({ title: `${file} › ${title}`, fn, skip: true, todo: false, failing: false });
test.todo = (title) => tests.push({ title: `${file} › ${title}`, fn: () => undefined, skip: false, todo: true, failing: false });
test.failing = (title, fn) => tests.push({ title: `${file} › ${title}`, fn, skip: false, todo: false, failing: true });
test.only = () => {
  throw new Error('test.only must not be committed');
};
test.before = (fn) => hooks.before.push(fn);
test.after = (fn) => hooks.after.push(fn);
test.beforeEach = (fn) => hooks.beforeEach.push(fn);
test.afterEach = (fn) => hooks.afterEach.push(fn);

export default test;

/** Called by the generated entry before each test file's module body runs. */
export function setFile(name: string): void {
  file = name;
}

export interface Result {
  title: string;
  status: 'passed' | 'failed' | 'skipped' | 'todo';
  error?: string;
  logs?: string[];
}

/** Runs everything registered; the page's script reports the results to the runner. */
export async function runAll(): Promise<Result[]> {
  const results: Result[] = [];
  const shared: Record<string, unknown> = {};
  for (const h of hooks.before) await h(new ExecutionContext('before', shared));
  for (const t of tests) {
    if (t.skip || t.todo) {
      results.push({ title: t.title, status: t.skip ? 'skipped' : 'todo' });
      continue;
    }
    const ctx = new ExecutionContext(t.title, { ...shared });
    let error: unknown;
    try {
      for (const h of hooks.beforeEach) await h(ctx);
      await t.fn(ctx);
      await ctx._finish();
      for (const h of hooks.afterEach) await h(ctx);
    } catch (e) {
      error = e;
    }
    const failed = t.failing ? error === undefined : error !== undefined;
    results.push({
      title: t.title,
      status: failed ? 'failed' : 'passed',
      error: failed ? (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : t.failing ? 'a failing test passed' : String(error)) : undefined,
      logs: ctx.logs.length ? ctx.logs : undefined,
    });
  }
  for (const h of hooks.after) await h(new ExecutionContext('after', shared));
  return results;
}
