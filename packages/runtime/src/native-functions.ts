// Builtins the runtime replaces (JSON.parse, JSON.stringify, Function.prototype.toString) print
// as the engine's own did in 0.10: `function parse() { [native code] }`, not n10's source.

const natives = new WeakMap<Function, string>();

/** Registers `fn` as a builtin named `name`; returns it. */
export function asNative<F extends Function>(fn: F, name: string): F {
  natives.set(fn, `function ${name}() { [native code] }`);
  return fn;
}

/** Registers the source text 0.10 printed for a function the runtime makes in its place; returns it. */
export function withSource<F extends Function>(fn: F, text: string): F {
  natives.set(fn, text);
  return fn;
}

/** The source text of a registered builtin (or function), else undefined. */
export function nativeSource(fn: Function): string | undefined {
  return natives.get(fn);
}

// Functions the runtime makes many of (bound-functions.ts), known by their source text rather
// than one by one (a WeakMap entry a function costs more than making it).
const byText = new Map<string, string>();

/** Every function whose engine source text is `text` prints as `shown`. */
export function withSourceText(text: string, shown: string): void {
  byText.set(text, shown);
}

/** The text registered for functions of engine source `text`, else undefined. */
export function sourceByText(text: string): string | undefined {
  return byText.size === 0 ? undefined : byText.get(text);
}

/** Puts `fn` on `holder` as its builtin `name`: non-enumerable, as the engine's, printing as native. */
export function replaceBuiltin(holder: object, name: string, fn: Function): void {
  Object.defineProperty(holder, name, { value: asNative(fn, name), writable: true, enumerable: false, configurable: true });
}
