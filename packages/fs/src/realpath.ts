// fs.realpath / fs.realpathSync: 0.10's JavaScript realpath (POSIX flavour).
//
// The path is resolved against the cwd, then walked one component at a time: each prefix is
// lstat'ed; a symbolic link is read and the rest of the path re-resolved against its target,
// and the walk starts again from the root. A link loop ends in the stat() made before each
// readlink, which fails with ELOOP. `cache` (an object the caller keeps between calls) maps
// resolved prefixes to their real paths and is both read and filled, as in 0.10 — including
// 0.10's async quirk of recording a freshly read link under the key 'undefined'.
import pathModule from '@n10/path';
import process from '@n10/process';
import { maybeCallback } from './errors';
import { fs } from './module-object';
import type { Stats } from './stats';
import type { FsError, RealpathCache } from './types';

// The leading slashes, then one component and the slashes after it.
const splitRootRe = /^[/]*/;
const nextPartRe = /(.*?)(?:[/]+|$)/g;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** cache[key] = value; a primitive cache is left alone, as 0.10's sloppy-mode assignment
 * silently did. */
function remember(cache: RealpathCache | null | undefined, key: string, value: string): void {
  if (cache && (typeof cache === 'object' || typeof cache === 'function')) cache[key] = value;
}

function linkId(stat: Stats): string {
  return stat.dev.toString(32) + ':' + stat.ino.toString(32);
}

export function realpathSync(path: string, cache?: RealpathCache | null): string {
  let p = pathModule.resolve(path);
  if (cache && hasOwn(cache, p)) return cache[p];

  const original = p;
  const seenLinks: Record<string, string> = {};
  const knownHard: Record<string, boolean> = {};

  let pos = 0; // the character after the current component
  let current = ''; // the partial path so far, with its trailing slash
  let base = ''; // the partial path, without a trailing slash
  let previous = ''; // the partial path scanned in the previous round

  function start(): void {
    const m = splitRootRe.exec(p)!;
    pos = m[0].length;
    current = m[0];
    base = m[0];
    previous = '';
  }
  start();

  while (pos < p.length) {
    nextPartRe.lastIndex = pos;
    const result = nextPartRe.exec(p)!;
    previous = current;
    current += result[0];
    base = previous + result[1];
    pos = nextPartRe.lastIndex;

    if (knownHard[base] || (cache && cache[base] === base)) continue;

    let resolvedLink: string;
    if (cache && hasOwn(cache, base)) {
      resolvedLink = cache[base];
    } else {
      const stat = fs.lstatSync(base);
      if (!stat.isSymbolicLink()) {
        knownHard[base] = true;
        remember(cache, base, base);
        continue;
      }
      // Each link is read once per call; its stat() first, to report ELOOP on a loop.
      const id = linkId(stat);
      let linkTarget: string | null = null;
      if (hasOwn(seenLinks, id)) linkTarget = seenLinks[id];
      if (linkTarget === null) {
        fs.statSync(base);
        linkTarget = fs.readlinkSync(base);
      }
      resolvedLink = pathModule.resolve(previous, linkTarget);
      remember(cache, base, resolvedLink);
      seenLinks[id] = linkTarget;
    }
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    start();
  }

  remember(cache, original, p);
  return p;
}

type RealpathCallback = (err: FsError | null, resolvedPath?: string) => void;

export function realpath(path: string, cache?: unknown, callback?: unknown): void {
  let cb: RealpathCallback;
  let store: RealpathCache | null;
  if (typeof callback !== 'function') {
    cb = maybeCallback(cache) as RealpathCallback;
    store = null;
  } else {
    cb = callback as RealpathCallback;
    store = (cache as RealpathCache | null | undefined) || null;
  }
  let p = pathModule.resolve(path);
  if (store && hasOwn(store, p)) {
    process.nextTick(cb.bind(null, null, store[p]));
    return;
  }

  const original = p;
  const seenLinks: Record<string, string> = {};
  const knownHard: Record<string, boolean> = {};

  let pos = 0;
  let current = '';
  let base = '';
  let previous = '';

  start();

  function start(): void {
    const m = splitRootRe.exec(p)!;
    pos = m[0].length;
    current = m[0];
    base = m[0];
    previous = '';
    LOOP();
  }

  // Walks one component; every round is asynchronous (a tick when nothing needs the disk).
  function LOOP(): void {
    if (pos >= p.length) {
      remember(store, original, p);
      cb(null, p);
      return;
    }
    nextPartRe.lastIndex = pos;
    const result = nextPartRe.exec(p)!;
    previous = current;
    current += result[0];
    base = previous + result[1];
    pos = nextPartRe.lastIndex;

    if (knownHard[base] || (store && store[base] === base)) {
      process.nextTick(LOOP);
      return;
    }
    if (store && hasOwn(store, base)) {
      gotResolvedLink(store[base]);
      return;
    }
    fs.lstat(base, gotStat);
  }

  function gotStat(err: FsError | null, stat?: Stats): void {
    if (err) return cb(err);
    if (!stat!.isSymbolicLink()) {
      knownHard[base] = true;
      remember(store, base, base);
      process.nextTick(LOOP);
      return;
    }
    const id = linkId(stat!);
    if (hasOwn(seenLinks, id)) return gotTarget(null, seenLinks[id], base);
    fs.stat(base, function (err2) {
      if (err2) return cb(err2);
      fs.readlink(base, function (err3, target) {
        seenLinks[id] = target as string;
        // 0.10 passes no base here: the cache gets the link under 'undefined'.
        gotTarget(err3, target);
      });
    });
  }

  function gotTarget(err: FsError | null, target?: string, linkBase?: string): void {
    if (err) return cb(err);
    const resolvedLink = pathModule.resolve(previous, target as string);
    remember(store, String(linkBase), resolvedLink);
    gotResolvedLink(resolvedLink);
  }

  function gotResolvedLink(resolvedLink: string): void {
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    start();
  }
}
