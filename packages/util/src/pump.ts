// util.pump (deprecated in 0.10, still working): copies a readable into a writable with
// pause/resume back-pressure. The callback runs once: on the readable's 'close', or with
// the first error of either side.
import deprecate from './deprecate';

interface Emitter {
  addListener(event: string, listener: (arg?: unknown) => void): unknown;
}

export interface PumpReadable extends Emitter {
  pause(): unknown;
  resume(): unknown;
  destroy(): unknown;
}

export interface PumpWritable extends Emitter {
  write(chunk: unknown): unknown;
  end(): unknown;
}

export type PumpCallback = (err?: unknown, b?: unknown, c?: unknown) => void;

function pump(readStream: PumpReadable, writeStream: PumpWritable, callback?: PumpCallback): void {
  let called = false;
  const done = (err?: unknown): void => {
    if (callback && !called) {
      // 0.10 passes three arguments, all undefined on success.
      callback(err, undefined, undefined);
      called = true;
    }
  };
  readStream.addListener('data', (chunk: unknown) => {
    if (writeStream.write(chunk) === false) readStream.pause();
  });
  writeStream.addListener('drain', () => {
    readStream.resume();
  });
  readStream.addListener('end', () => {
    writeStream.end();
  });
  readStream.addListener('close', () => {
    done();
  });
  readStream.addListener('error', (err: unknown) => {
    writeStream.end();
    done(err);
  });
  writeStream.addListener('error', (err: unknown) => {
    readStream.destroy();
    done(err);
  });
}

export default deprecate(pump, 'util.pump() is deprecated. Use readableStream.pipe() instead.');
