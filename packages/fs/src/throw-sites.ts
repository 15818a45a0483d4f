// Where 0.10's fs.js threw the errors its own JavaScript threw: an uncaught one is reported on
// stderr with that place ("fs.js:379", the line, a caret under the thrown expression), as
// node 0.10 showed it. The n10 runtime keeps a registry of throw sites by error (shared
// through a registered symbol); without the runtime there is none and nothing is noted.
const THROW_SITES = Symbol.for('n10.throwSites');

/** A line of 0.10's fs.js and the column of the expression its `throw` threw. */
export interface FsSite {
  line: number;
  text: string;
  /** The caret's column; by default under what the line's `throw` throws. */
  col?: number;
}

/** A call into the binding that threw (a bad argument): the caret is under the method's name. */
const call = (line: number, text: string): FsSite => ({ line, text, col: text.indexOf('binding.') + 8 });

/** fs.exists's own call of binding.stat. */
export const EXISTS_SITE: FsSite = call(166, '  binding.stat(pathModule._makeLong(path), cb);');

/** The asynchronous calls, by the binding method 0.10's fs.<name>(…, callback) called. */
export const ASYNC_CALL_SITES: Record<string, FsSite> = {
  close: call(393, '  binding.close(fd, makeCallback(callback));'),
  open: call(418, '  binding.open(pathModule._makeLong(path),'),
  read: call(457, '  binding.read(fd, buffer, offset, length, position, wrapper);'),
  write: call(513, '  binding.write(fd, buffer, offset, length, position, wrapper);'),
  rename: call(535, '  binding.rename(pathModule._makeLong(oldPath),'),
  ftruncate: call(594, '  binding.ftruncate(fd, len, makeCallback(callback));'),
  rmdir: call(607, '  binding.rmdir(pathModule._makeLong(path), callback);'),
  fdatasync: call(616, '  binding.fdatasync(fd, makeCallback(callback));'),
  fsync: call(624, '  binding.fsync(fd, makeCallback(callback));'),
  mkdir: call(635, '  binding.mkdir(pathModule._makeLong(path),'),
  readdir: call(649, '  binding.readdir(pathModule._makeLong(path), callback);'),
  fstat: call(658, '  binding.fstat(fd, makeCallback(callback));'),
  lstat: call(664, '  binding.lstat(pathModule._makeLong(path), callback);'),
  stat: call(670, '  binding.stat(pathModule._makeLong(path), callback);'),
  readlink: call(690, '  binding.readlink(pathModule._makeLong(path), callback);'),
  symlink: call(718, '  binding.symlink(preprocessSymlinkDestination(destination, type),'),
  link: call(740, '  binding.link(pathModule._makeLong(srcpath),'),
  unlink: call(755, '  binding.unlink(pathModule._makeLong(path), callback);'),
  fchmod: call(764, '  binding.fchmod(fd, modeNum(mode), makeCallback(callback));'),
  chmod: call(814, '  binding.chmod(pathModule._makeLong(path),'),
  fchown: call(843, '  binding.fchown(fd, uid, gid, makeCallback(callback));'),
  chown: call(853, '  binding.chown(pathModule._makeLong(path), uid, gid, callback);'),
  utimes: call(879, '  binding.utimes(pathModule._makeLong(path),'),
  futimes: call(895, '  binding.futimes(fd, atime, mtime, makeCallback(callback));'),
};

export const SITES = {
  assertEncoding: { line: 113, text: "    throw new Error('Unknown encoding: ' + encoding);" },
  nullCheck: { line: 121, text: '      throw er;' },
  stringToFlags: { line: 379, text: "  throw new Error('Unknown file open flag: ' + flag);" },
  toUnixTimestamp: { line: 870, text: "  throw new Error('Cannot parse time: ' + time);" },
  watchStart: { line: 1051, text: "    throw errnoException(process._errno, 'watch');" },
  watchFileListener: { line: 1153, text: "    throw new Error('watchFile requires a listener function');" },
  readStreamStart: { line: 1466, text: "      throw TypeError('start must be a Number');" },
  readStreamEnd: { line: 1471, text: "      throw TypeError('end must be a Number');" },
  readStreamRange: { line: 1475, text: "      throw new Error('start must be <= end');" },
  writeStreamStart: { line: 1632, text: "      throw TypeError('start must be a Number');" },
  writeStreamRange: { line: 1635, text: "      throw new Error('start must be >= zero');" },
} satisfies Record<string, FsSite>;

/** Notes `er` as thrown at `site` of 0.10's fs.js; returns it. */
export function sited<E extends object>(er: E, site: FsSite): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) {
    const col = site.col !== undefined ? site.col : site.text.indexOf('throw ') + 6;
    sites.set(er, { file: 'fs.js', line: site.line, text: site.text, caret: ' '.repeat(col) + '^' });
  }
  return er;
}
