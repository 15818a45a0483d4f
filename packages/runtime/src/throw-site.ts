// Where an error was thrown, as node 0.10 showed it on stderr: "\nfile:line\n<source
// line>\n<caret>\n" (node.cc's DisplayExceptionLine). 0.10 showed it once per process: for
// the first module that failed to compile (even when the program caught the SyntaxError),
// or else before the report of an uncaught exception.
//
// The site of a throw is the program's throw statement that threw the value (thrown-values.ts),
// else the first frame of the error's stack, in a source this runtime compiled; the site of a
// compile error is the one syntax-error.ts kept.
import { compiledSource, sourceLine } from './compile';
import { vmSourceLine } from './engine-messages';
import { throwCaret } from './throw-caret';
import { passedBound, thrownBy, type ThrowStatement } from './thrown-values';

/** Where an error was thrown: a source line (already windowed as V8 3.14 did) and carets. */
export interface ThrowSite {
  file: string;
  line: number;
  text: string;
  caret: string;
}

// The sites known, by error. Shared through a registered symbol on the global object, so
// that another n10 package can say where 0.10 threw an error it throws (events' unhandled
// 'error' is 0.10's events.js:72) without depending on the runtime:
//   const sites = globalThis[Symbol.for('n10.throwSites')];
//   if (sites) sites.set(er, { file: 'events.js', line: 72, text: '…', caret: '   ^' });
const SITES = Symbol.for('n10.throwSites');
const g = globalThis as unknown as Record<symbol, WeakMap<object, ThrowSite> | undefined>;
const sites: WeakMap<object, ThrowSite> =
  g[SITES] || Object.defineProperty(g, SITES, { value: new WeakMap<object, ThrowSite>(), configurable: true })[SITES]!;

/** The site a compile error was reported at, if this runtime compiled it. */
export function throwSite(err: unknown): ThrowSite | undefined {
  return typeof err === 'object' && err !== null ? sites.get(err) : undefined;
}

export function setThrowSite(err: object, site: ThrowSite): void {
  sites.set(err, site);
}

/** A function that puts back the site `err` has now (none included). */
export function siteKeeper(err: unknown): () => void {
  if (typeof err !== 'object' || err === null) return () => {};
  const site = sites.get(err);
  return () => {
    if (site) sites.set(err, site);
    else sites.delete(err);
  };
}

// V8 3.14's SourceLocation.restrict(): a line longer than 78 columns is shown as 78 of
// them, the position 68 in (10 after), or the line's first/last 78.
const LIMIT = 78;
const BEFORE = 68;

/** The part of `line` V8 3.14 showed for a position, and the position within it. */
export function restrictLine(line: string, col: number): { text: string; col: number } {
  let start = 0;
  let end = line.length;
  if (end - start > LIMIT) {
    const startLimit = col - BEFORE;
    const endLimit = col + LIMIT - BEFORE;
    if (start < startLimit && endLimit < end) {
      start = startLimit;
      end = endLimit;
    } else if (start < startLimit) {
      start = end - LIMIT;
    } else {
      end = start + LIMIT;
    }
  }
  return { text: line.slice(start, end), col: col - start };
}

/** The caret line under `text` at `col` (tabs kept, so the caret lines up). */
export function caretLine(text: string, col: number, width: number, lineLeft = text.length - col): string {
  let s = '';
  for (let i = 0; i < col; i++) s += text[i] === '\t' ? '\t' : ' ';
  // No carets at all for an empty range (V8 3.14's "Unexpected end of input" of a script).
  // The carets may run past a windowed line's text, up to the end of the whole line.
  return s + (width <= 0 ? '' : '^'.repeat(Math.max(1, Math.min(width, lineLeft))));
}

/** The line of 0.10's assert.js that threw every AssertionError of assert.*(). */
export const ASSERT_SITE: ThrowSite = { file: 'assert.js', line: 92, text: '  throw new assert.AssertionError({', caret: '        ^' };

const FRAME = /^\s*at (?:.*?\()?(.+?):(\d+):(\d+)\)?$/m;

// Where 0.10's fs.js threw a synchronous call's error (the binding call's line, as 0.10
// printed it), and its console.js a timeEnd without a time, by the error's first frame:
// stack.ts names n10's frames as 0.10's.
const FS_CALL = (line: number, text: string): ThrowSite => ({ file: 'fs.js', line, text, caret: ' '.repeat(text.indexOf('binding.') + 8) + '^' });
// And where 0.10's crypto.js called its binding, whose C++ threw (caret at the called method or at `new`).
const CRYPTO_CALL = (line: number, text: string): ThrowSite => {
  const call = /new binding|binding\.(\w+)\(/.exec(text) as RegExpExecArray;
  return { file: 'crypto.js', line, text, caret: ' '.repeat(call[1] ? call.index + 8 : call.index) + '^' };
};
const LIBRARY_SITES: Record<string, ThrowSite> = {
  'Object.fs.openSync': FS_CALL(427, '  return binding.open(pathModule._makeLong(path), stringToFlags(flags), mode);'),
  'Object.fs.closeSync': FS_CALL(397, '  return binding.close(fd);'),
  'Object.fs.renameSync': FS_CALL(543, '  return binding.rename(pathModule._makeLong(oldPath),'),
  'Object.fs.rmdirSync': FS_CALL(612, '  return binding.rmdir(pathModule._makeLong(path));'),
  'Object.fs.mkdirSync': FS_CALL(642, '  return binding.mkdir(pathModule._makeLong(path),'),
  'Object.fs.readdirSync': FS_CALL(654, '  return binding.readdir(pathModule._makeLong(path));'),
  'Object.fs.fstatSync': FS_CALL(674, '  return binding.fstat(fd);'),
  'Object.fs.lstatSync': FS_CALL(679, '  return binding.lstat(pathModule._makeLong(path));'),
  'Object.fs.statSync': FS_CALL(684, '  return binding.stat(pathModule._makeLong(path));'),
  'Object.fs.readlinkSync': FS_CALL(695, '  return binding.readlink(pathModule._makeLong(path));'),
  'Object.fs.unlinkSync': FS_CALL(760, '  return binding.unlink(pathModule._makeLong(path));'),
  'Object.fs.chmodSync': FS_CALL(821, '  return binding.chmod(pathModule._makeLong(path), modeNum(mode));'),
  'Object.fs.utimesSync': FS_CALL(889, '  binding.utimes(pathModule._makeLong(path), atime, mtime);'),
  'Object.fs.readSync': FS_CALL(476, '  var r = binding.read(fd, buffer, offset, length, position);'),
  'Object.fs.writeSync': FS_CALL(528, '  return binding.write(fd, buffer, offset, length, position);'),
  'Object.fs.ftruncateSync': FS_CALL(601, '  return binding.ftruncate(fd, len);'),
  'Object.fs.fsyncSync': FS_CALL(628, '  return binding.fsync(fd);'),
  'Object.fs.symlinkSync': FS_CALL(730, '  return binding.symlink(preprocessSymlinkDestination(destination, type),'),
  'Object.fs.linkSync': FS_CALL(748, '  return binding.link(pathModule._makeLong(srcpath),'),
  'Object.fs.fchmodSync': FS_CALL(768, '  return binding.fchmod(fd, modeNum(mode));'),
  'Object.fs.chownSync': FS_CALL(858, '  return binding.chown(pathModule._makeLong(path), uid, gid);'),
  'Object.fs.futimesSync': FS_CALL(901, '  binding.futimes(fd, atime, mtime);'),
  'Console.timeEnd': { file: 'console.js', line: 81, text: "    throw new Error('No such label: ' + label);", caret: '          ^' },
  'new Hash': CRYPTO_CALL(188, '  this._binding = new binding.Hash(algorithm);'),
  'Hash.update': CRYPTO_CALL(209, '  this._binding.update(data, encoding);'),
  'Hmac.Hash.update': CRYPTO_CALL(209, '  this._binding.update(data, encoding);'),
  'new Hmac': CRYPTO_CALL(226, '  this._binding.init(hmac, toBuf(key));'),
  'new Cipher': CRYPTO_CALL(252, '  this._binding.init(cipher, toBuf(password));'),
  'new Decipher': CRYPTO_CALL(332, '  this._binding.init(cipher, toBuf(password));'),
  'Cipher.final': CRYPTO_CALL(287, '  var ret = this._binding.final();'),
  'Decipher.Cipher.final': CRYPTO_CALL(287, '  var ret = this._binding.final();'),
  'new Cipheriv': CRYPTO_CALL(310, '  this._binding.initiv(cipher, toBuf(key), toBuf(iv));'),
  'new Decipheriv': CRYPTO_CALL(355, '  this._binding.initiv(cipher, toBuf(key), toBuf(iv));'),
  'new Sign': CRYPTO_CALL(377, '  this._binding.init(algorithm);'),
  'new Verify': CRYPTO_CALL(409, '  this._binding.init(algorithm);'),
  'new DiffieHellman': CRYPTO_CALL(437, '    this._binding = new binding.DiffieHellman(sizeOrKey);'),
  'new DiffieHellmanGroup': CRYPTO_CALL(449, '  this._binding = new binding.DiffieHellmanGroup(name);'),
};
const LIBRARY_FRAME = /^\s*at (\S+(?: \S+)?) \((?:fs|console|crypto)\.js:\d+:\d+\)$/m;

// The top frame of errors whose stack a program's own Error.prepareStackTrace wrote (its text
// is the program's format, not one to read a place from): 0.10 took the site from the engine.
const topFrames = new WeakMap<object, { file: string; line: number; column: number }>();

/** Notes where `error` was made, for its site on stderr should it be uncaught. */
export function noteTopFrame(error: unknown, file: unknown, line: unknown, column: unknown): void {
  if (typeof error !== 'object' || error === null) return;
  if (typeof file !== 'string' || typeof line !== 'number' || typeof column !== 'number') return;
  topFrames.set(error, { file, line, column });
}

let displayed = false;

/** "\nfile:line\n<source window>\n<caret>\n" (or "\n" when the site is unknown) once per process, else "". */
export function exceptionLine(err: unknown): string {
  if (displayed) return '';
  displayed = true;
  // 0.10 opened its first report with a blank line, site or not.
  return siteText(err) || '\n';
}

/** The site of the innermost call made from a source this runtime compiled (a program's). */
export function programCallSite(): ThrowSite | undefined {
  const limit = (Error as unknown as { stackTraceLimit: number }).stackTraceLimit;
  (Error as unknown as { stackTraceLimit: number }).stackTraceLimit = 50;
  const stack = String(new Error().stack);
  (Error as unknown as { stackTraceLimit: number }).stackTraceLimit = limit;
  return firstProgramFrame(stack);
}

/** The first frame of `stack` in a source this runtime compiled, as a site. */
function firstProgramFrame(stack: string): ThrowSite | undefined {
  for (const line of stack.split('\n')) {
    const f = FRAME.exec(line);
    if (!f) continue;
    const text = sourceLine(f[1], Number(f[2]));
    if (text === undefined) continue;
    return siteAt(f[1], Number(f[2]), text, Number(f[3]));
  }
  return undefined;
}

/** The site at `column` (1-based) of `text`, line `line` of `file`, windowed as V8 3.14 did. */
function siteAt(file: string, line: number, text: string, column: number): ThrowSite {
  const r = restrictLine(text, column - 1);
  return { file, line, text: r.text, caret: caretLine(r.text, r.col, 1) };
}

function siteLines(site: ThrowSite): string {
  // (The line as V8 3.14 cut it: a CRLF file's line without its CR.)
  const text = site.text.endsWith('\r') ? site.text.slice(0, -1) : site.text;
  return `\n${site.file}:${site.line}\n${text}\n${site.caret}\n`;
}

/** The site of an error whose stack a program's formatter wrote, from its noted top frame. */
function notedSite(err: unknown): string {
  const noted = topFrames.get(err as object);
  if (!noted) return '';
  const text = sourceLine(noted.file, noted.line);
  if (text === undefined) return '';
  return siteLines(siteAt(noted.file, noted.line, text, noted.column));
}

/** The line of a program's throw statement, the caret where V8 3.14 put it. */
function statementSite(statement: ThrowStatement): ThrowSite | undefined {
  const source = compiledSource(statement.file);
  if (source === undefined) return undefined;
  const at = throwCaret(source, statement.keyword, statement.expression);
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = source.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = source.length;
  const line = source.slice(0, lineStart).split('\n').length;
  const r = restrictLine(source.slice(lineStart, lineEnd), at - lineStart);
  return { file: statement.file, line, text: r.text, caret: caretLine(r.text, r.col, 1) };
}

function siteText(err: unknown): string {
  if (passedBound(err)) return '';
  const site = throwSite(err);
  if (site) return siteLines(site);
  const statement = thrownBy(err);
  const thrown = statement && statementSite(statement);
  if (thrown) return siteLines(thrown);
  if (typeof err !== 'object' || err === null) return '';
  // No stack (a stack overflow's, in V8 3.14): the top frame the formatter saw, if any.
  if (typeof (err as Error).stack !== 'string') return notedSite(err);
  const foreign = !(err instanceof Error);
  if (foreign && Object.prototype.toString.call(err) !== '[object Error]') return '';
  // A compile error this runtime did not compile (eval, new Function): no site to show.
  if (err instanceof SyntaxError) return '';
  const stack = (err as Error).stack as string;
  const m = FRAME.exec(stack);
  if (foreign) {
    // An error of a vm context: 0.10's vm caught and rethrew it, so the site was the
    // program's call into the vm (the first frame in a source this runtime compiled); one
    // from a callback the context's code left, its own line.
    const call = firstProgramFrame(stack);
    if (call) return siteLines(call);
    const line = m ? vmSourceLine(m[1], Number(m[2])) : undefined;
    return m && line !== undefined ? siteLines(siteAt(m[1], Number(m[2]), line, Number(m[3]))) : '';
  }
  if (!m) return notedSite(err);
  if (m[1] === 'fs.js' || m[1] === 'console.js' || m[1] === 'crypto.js') {
    const lib = LIBRARY_FRAME.exec(stack);
    const site = lib && lib.index === m.index && Object.prototype.hasOwnProperty.call(LIBRARY_SITES, lib[1]) ? LIBRARY_SITES[lib[1]] : undefined;
    return site ? siteLines(site) : '';
  }
  // A failed assert.*(): 0.10 threw it in assert.js's fail(), and showed that line (its
  // stack starts at the caller). One a program made itself has no frames (0.10 too).
  const e = err as Error;
  if (e.name === 'AssertionError' && e.constructor && e.constructor.name === 'AssertionError') {
    return siteLines(ASSERT_SITE);
  }
  const [, file, lineStr, colStr] = m;
  let line = sourceLine(file, Number(lineStr));
  if (line === undefined) {
    line = vmSourceLine(file, Number(lineStr));
    if (line === undefined) return notedSite(err);
    // Code vm compiled: 0.10's vm ran it from C++ and threw what left it again, so the site of an
    // error out of the call was the program's call; one from a callback the code left, its own.
    const call = firstProgramFrame(stack);
    if (call) return siteLines(call);
  }
  return siteLines(siteAt(file, Number(lineStr), line, Number(colStr)));
}
