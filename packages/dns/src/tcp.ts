// One DNS exchange over TCP (RFC 1035 4.2.2: a two-byte length before each message), for
// answers that came back truncated over UDP, on a binding TCP handle.
import binding from '@n10/binding';
import type { TCP } from '@n10/binding';
import type { NameServer } from './config';

export type TcpAnswer = (err: string | null, message?: Uint8Array) => void;

/** Sends `request` to the server and calls back once with the answer or 'ECONNREFUSED'.
 * Returns a function that abandons the exchange (no callback then). */
export function tcpExchange(server: NameServer, request: Uint8Array, done: TcpAnswer): () => void {
  const handle: TCP = new binding.TCP();
  let finished = false;
  let pending = new Uint8Array(0);

  const finish = (err: string | null, message?: Uint8Array): void => {
    if (finished) return;
    finished = true;
    handle.close();
    done(err, message);
  };

  handle.onread = (nread, buf) => {
    if (nread < 0 || !buf) return finish('ECONNREFUSED');
    const joined = new Uint8Array(pending.length + buf.length);
    joined.set(pending);
    joined.set(buf, pending.length);
    pending = joined;
    if (pending.length < 2) return;
    const length = (pending[0] << 8) | pending[1];
    if (pending.length >= 2 + length) finish(null, pending.subarray(2, 2 + length));
  };

  const framed = new Uint8Array(request.length + 2);
  framed[0] = request.length >> 8;
  framed[1] = request.length & 255;
  framed.set(request, 2);

  const connectReq = {
    oncomplete(status: number): void {
      if (finished) return;
      if (status !== 0) return finish('ECONNREFUSED');
      const writeReq = {
        oncomplete(s: number): void {
          if (s !== 0) finish('ECONNREFUSED');
        },
      };
      if (handle.writeBuffer(writeReq, framed) !== 0 || handle.readStart() !== 0) finish('ECONNREFUSED');
    },
  };
  const r = server.family === 6 ? handle.connect6(connectReq, server.address, server.port) : handle.connect(connectReq, server.address, server.port);
  if (r !== 0) {
    // Report on a later turn, like every other outcome.
    const timer = new binding.Timer();
    timer.ontimeout = () => {
      timer.close();
      finish('ECONNREFUSED');
    };
    timer.start(0, 0);
  }
  return () => {
    if (finished) return;
    finished = true;
    handle.close();
  };
}
