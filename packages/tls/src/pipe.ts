// A pair's encrypted side piped both ways to a socket, and the socket's fate tied to the pair.
import type { SocketInstance } from '@n10/net';
import process from '@n10/process';
import { endCleartext, type CleartextStreamInstance, type SecurePairInstance } from './pair';

export function pipe(pair: SecurePairInstance, socket: SocketInstance): CleartextStreamInstance {
  const enc = pair.encrypted;
  const cleartext = pair.cleartext;
  enc.pipe(socket);
  socket.pipe(enc);
  cleartext.socket = socket;
  enc.socket = socket;
  cleartext.encrypted = enc;
  cleartext.authorized = false;

  // The pair closed: the socket goes at once, as 0.10's pipe() destroyed it (not destroySoon: a
  // close_notify still queued to a peer that already reset the connection would fail, and that
  // write's ECONNRESET reach the cleartext stream's owner, say an http request already done).
  enc.on('close', function () {
    process.nextTick(function () {
      enc.unpipe(socket);
      socket.destroy();
    });
  });

  // The socket drained: more ciphertext may move.
  socket.on('drain', function () {
    pair.cycle();
  });

  function onerror(e: Error): void {
    if ((cleartext as CleartextStreamInstance & { _controlReleased?: boolean })._controlReleased) cleartext.emit('error', e);
    else pair.error(e);
  }
  function ontimeout(): void {
    cleartext.emit('timeout');
  }
  function onclose(hadError?: boolean): void {
    socket.removeListener('error', onerror);
    socket.removeListener('timeout', ontimeout);
    // Gone before the handshake ended (and not for an error already reported): hung up.
    if (!pair._secureEstablished && !hadError) {
      pair.error();
    } else {
      const ended = (socket as SocketInstance & { _readableState: { ended: boolean } })._readableState.ended;
      // The peer's stream ended: the cleartext side ends too. destroy() emits 'close' on the
      // next tick; the 'end' pushed after it comes in a later one (0.10's order).
      pair.destroy();
      if (ended) endCleartext(pair);
    }
  }
  socket.on('error', onerror);
  socket.on('close', onclose);
  socket.on('timeout', ontimeout);
  return cleartext;
}
