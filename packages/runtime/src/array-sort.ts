// Array.prototype.sort as node 0.10's engine (V8 3.14) sorted.
//
// Today's engine sorts stably (TimSort); V8 3.14 used an in-place quicksort: runs of up to 10
// elements by insertion, longer ones partitioned around the median of three (the first, the
// last and a middle element, which for more than 1000 elements is the median of a sample).
// The order it leaves equal elements in is not the input order, and a comparator that
// answers true/false rather than a number sorts differently again: 0.10 programs print
// those orders. This sort makes the same comparisons, in the same order, and leaves every
// array as V8 3.14 did; holes and undefineds go last, as in both engines.

type Compare = (a: unknown, b: unknown) => unknown;
type Indexed = Record<number, unknown>;

// Without a comparator: by string value. Two small integers are compared as their decimal
// strings would be, without making the strings (as the engine's fast path did).
function compareAsStrings(x: unknown, y: unknown): number {
  if (x === y) return 0;
  if (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y) return compareDecimal(x, y);
  const a = String(x);
  const b = String(y);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

function digits(n: number): number {
  let d = 1;
  while (d < 10 && n >= POWERS_OF_TEN[d]) d++;
  return d;
}

// String(x) vs String(y) for distinct 32-bit integers: a '-' sorts before every digit.
function compareDecimal(x: number, y: number): number {
  if (x === 0 || y === 0) return x < y ? -1 : 1;
  if (x < 0 || y < 0) {
    if (y >= 0) return -1;
    if (x >= 0) return 1;
    x = -x;
    y = -y;
  }
  // Same number of digits: numeric order; else the shorter one, padded with zeros, decides,
  // and if it is then equal it is a prefix of the other, so it comes first.
  const dx = digits(x);
  const dy = digits(y);
  const px = dx < dy ? x * POWERS_OF_TEN[dy - dx] : x;
  const py = dy < dx ? y * POWERS_OF_TEN[dx - dy] : y;
  if (px !== py) return px < py ? -1 : 1;
  return dx < dy ? -1 : 1;
}

function insertionSort(a: Indexed, from: number, to: number, compare: Compare): void {
  for (let i = from + 1; i < to; i++) {
    const element = a[i];
    let j = i - 1;
    for (; j >= from; j--) {
      const before = a[j];
      if ((compare(before, element) as number) > 0) a[j + 1] = before;
      else break;
    }
    a[j + 1] = element;
  }
}

// For long runs the middle candidate is the median of every ~200th element.
function sampledMiddle(a: Indexed, from: number, to: number, compare: Compare): number {
  const samples: [number, unknown][] = [];
  const step = 200 + ((to - from) & 15);
  for (let i = from + 1; i < to - 1; i += step) samples.push([i, a[i]]);
  sortIndexed(samples as unknown as Indexed, samples.length, (x, y) => compare((x as [number, unknown])[1], (y as [number, unknown])[1]));
  return samples[samples.length >> 1][0];
}

function quickSort(a: Indexed, from: number, to: number, compare: Compare): void {
  for (;;) {
    if (to - from <= 10) {
      insertionSort(a, from, to, compare);
      return;
    }
    const middle = to - from > 1000 ? sampledMiddle(a, from, to, compare) : from + ((to - from) >> 1);

    // The three candidates in order (x0 <= x1 <= x2), compared as V8 3.14 compared them: the
    // first with the last, then the smaller of those with the middle one, then if need be
    // the larger with it. The median is the pivot.
    let x0 = a[from];
    let x1 = a[to - 1];
    let x2 = a[middle];
    let t: unknown;
    if ((compare(x0, x1) as number) > 0) {
      t = x0;
      x0 = x1;
      x1 = t;
    }
    if ((compare(x0, x2) as number) >= 0) {
      t = x0;
      x0 = x2;
      x2 = x1;
      x1 = t;
    } else if ((compare(x1, x2) as number) > 0) {
      t = x1;
      x1 = x2;
      x2 = t;
    }
    a[from] = x0;
    a[to - 1] = x2;
    const pivot = x1;

    // [from+1, less) < pivot; [less, i) == pivot; [i, more) unseen; [more, to-1) > pivot.
    let less = from + 1;
    let more = to - 1;
    a[middle] = a[less];
    a[less] = pivot;
    scan: for (let i = less + 1; i < more; i++) {
      const element = a[i];
      let order = compare(element, pivot) as number;
      if (order < 0) {
        a[i] = a[less];
        a[less] = element;
        less++;
      } else if (order > 0) {
        // Take the next element from the top that is not greater than the pivot.
        do {
          more--;
          if (more === i) break scan;
          order = compare(a[more], pivot) as number;
        } while (order > 0);
        a[i] = a[more];
        a[more] = element;
        if (order < 0) {
          const smaller = a[i];
          a[i] = a[less];
          a[less] = smaller;
          less++;
        }
      }
    }
    // Recurse into the shorter side, loop on the longer.
    if (to - more < less - from) {
      quickSort(a, more, to, compare);
      to = less;
    } else {
      quickSort(a, from, less, compare);
      from = more;
    }
  }
}

// Moves the defined elements to the front, then the undefineds, then leaves holes; returns
// how many are defined. V8 3.14 (its C++ for an object's elements, and the JavaScript it fell
// back on) filled each hole or undefined from the end: the last defined element not yet
// examined takes its place, so [1, undefined, '1', 1] is sorted as [1, 1, '1'] (stable
// compaction would give [1, '1', 1], and the sort keeps equal elements where they are).
function compact(a: Indexed, length: number): number {
  if (length > SPARSE_MIN) return compactLong(a, length);
  let undefs = length;
  let holes = length;
  for (let i = 0; i < undefs; i++) {
    if (!(i in a)) {
      holes--;
      undefs--;
    } else if (a[i] === undefined) {
      undefs--;
    } else {
      continue;
    }
    while (undefs > i) {
      if (!(undefs in a)) {
        holes--;
        undefs--;
      } else {
        const value = a[undefs];
        if (value === undefined) {
          undefs--;
        } else {
          a[i] = value;
          break;
        }
      }
    }
  }
  const defined = undefs;
  for (; undefs < holes; undefs++) a[undefs] = undefined;
  for (; holes < length; holes++) delete a[holes];
  return defined;
}

// A long one (more than 2^16) keeps its defined elements in order; a mostly empty one is
// walked by its own index keys once its holes are seen to outnumber its elements (its
// length may be 2^32 - 1; V8 3.14 kept such an array as a dictionary, in its own order).
function compactLong(a: Indexed, length: number): number {
  let defined = 0;
  let undefinedCount = 0;
  let holes = 0;
  let sparse: number[] | null = null;
  for (let i = 0, k = 0; ; ) {
    let index: number;
    if (sparse === null) {
      if (i >= length) break;
      index = i++;
      if (!(index in a)) {
        if (++holes > SPARSE_MIN && holes > 4 * (defined + undefinedCount)) sparse = ownIndices(a, i, length);
        continue;
      }
    } else {
      if (k >= sparse.length) break;
      index = sparse[k++];
    }
    const value = a[index];
    if (value === undefined) {
      undefinedCount++;
      continue;
    }
    if (defined !== index) a[defined] = value;
    defined++;
  }
  let i = defined;
  for (; i < defined + undefinedCount; i++) a[i] = undefined;
  if (sparse === null) {
    for (; i < length; i++) delete a[i];
  } else {
    for (const index of ownIndices(a, i, length)) delete a[index];
  }
  return defined;
}

const SPARSE_MIN = 1 << 16;

// The own index keys from `from` up to `length` (Object.keys lists them first, ascending).
function ownIndices(a: Indexed, from: number, length: number): number[] {
  const out: number[] = [];
  for (const key of Object.keys(a)) {
    const i = Number(key);
    if (String(i >>> 0) !== key) break;
    if (i >= from && i < length) out.push(i);
  }
  return out;
}

function sortIndexed(a: Indexed, length: number, compare: Compare): void {
  quickSort(a, 0, compact(a, length), compare);
}

/** Array.prototype.sort with V8 3.14's order (named `sort`, as the builtin it replaces). */
export function sort(this: unknown, comparefn?: unknown): unknown {
  if (this === null || this === undefined) throw new TypeError('Array.prototype.sort called on null or undefined');
  const a = Object(this) as Indexed & { length?: unknown };
  const length = Number(a.length) >>> 0;
  if (length < 2) return a;
  sortIndexed(a, length, typeof comparefn === 'function' ? (comparefn as Compare) : compareAsStrings);
  return a;
}
