// Runs one scenario (see ../scenarios.ts) on the n10 packages; resolves with its log, taken
// a moment after it calls done() (as the oracle side does).
import stream from '@n10/stream';
import util from '@n10/util';
import bufferModule from '@n10/buffer';
import { nextTick } from '@n10/process';
import type { Scenario } from '../scenarios';

const Buffer = (bufferModule as unknown as { Buffer: unknown }).Buffer;

export function runScenario(s: Scenario): Promise<string[]> {
  return new Promise((resolve) => {
    const log: string[] = [];
    let finished = false;
    s.run(stream, util, Buffer, (line) => log.push(String(line)), () => {
      if (finished) return;
      finished = true;
      setTimeout(() => resolve(log), 1);
    }, nextTick);
  });
}
