// tls.connect(options[, cb]) and tls.connect(port[, host][, options][, cb]) (or a pipe path for
// port, or options.path): a client-side
// SecurePair over a new (or the given) socket. 'secureConnect' once the handshake is done and
// the server's certificate checked: verified against the CAs and matching the host name
// (checkServerIdentity). With rejectUnauthorized (the default) a failed check is an 'error'
// whose message is the reason ('DEPTH_ZERO_SELF_SIGNED_CERT', "Hostname/IP doesn't match
// certificate's altnames"…); without it, 'secureConnect' comes with authorized false and
// authorizationError set.
import { Buffer } from '@n10/buffer';
import net from '@n10/net';
import type { SocketInstance } from '@n10/net';
import process from '@n10/process';
import { _extend } from '@n10/util';
import { createCredentials, type SecureOptions } from './context';
import { checkServerIdentity } from './identity';
import { pipe } from './pipe';
import { SecurePair, convertNPNProtocols, verifyError, type CleartextStreamInstance } from './pair';

export interface ConnectOptions extends SecureOptions {
  host?: string;
  port?: number | string;
  localAddress?: string;
  socket?: SocketInstance;
  servername?: string;
  rejectUnauthorized?: boolean;
  NPNProtocols?: string[] | Uint8Array;
  /** A Buffer, or getSession()'s 'binary' string. */
  session?: Uint8Array | string;
}

/**
 * 0.10's argument rules: net's (an object is the options; else a port, and a host when the
 * second argument is a string), then the TLS options are the second argument if it is of type
 * 'object', else the third if it is (so tls.connect(port, undefined, options) keeps them; a null
 * host does not); the callback is the last argument if it is a function.
 */
function normalize(args: unknown[]): [ConnectOptions, (() => void) | undefined] {
  let options: ConnectOptions;
  const a0 = args[0];
  if (a0 !== null && typeof a0 === 'object') {
    options = a0 as ConnectOptions;
  } else if (typeof a0 === 'string' && !(Number(a0) >= 0)) {
    options = { path: a0 } as ConnectOptions; // a pipe name (net's rule: a string that is not a number)
  } else {
    options = {};
    options.port = a0 as number;
    if (typeof args[1] === 'string') options.host = args[1];
  }
  if (typeof args[1] === 'object') options = _extend(options, args[1]) as ConnectOptions;
  else if (typeof args[2] === 'object') options = _extend(options, args[2]) as ConnectOptions;
  const last = args[args.length - 1];
  return [options, typeof last === 'function' ? (last as () => void) : undefined];
}

export function connect(...args: unknown[]): CleartextStreamInstance {
  const [given, cb] = normalize(args);
  const defaults: ConnectOptions = { rejectUnauthorized: process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0' };
  const options = _extend(defaults, given) as ConnectOptions;
  const hostname = options.servername || options.host || 'localhost';
  const creds = createCredentials(options);
  const socket = options.socket ? options.socket : new net.Socket();
  const pair = new SecurePair(creds, false, true, !!options.rejectUnauthorized, {
    NPNProtocols: convertNPNProtocols(options.NPNProtocols),
    servername: hostname,
    session: typeof options.session === 'string' ? new Buffer(options.session, 'binary') : options.session,
  });
  const cleartext = pipe(pair, socket);
  if (cb) cleartext.once('secureConnect', cb);

  if (!options.socket) {
    // options.path (not in ConnectOptions: https's request options use path for the URL path)
    const pipePath = (options as { path?: unknown }).path;
    if (typeof pipePath === 'string' && pipePath && !options.port) socket.connect({ path: pipePath });
    else socket.connect({ port: options.port as number, host: options.host, localAddress: options.localAddress });
  }

  pair.on('secure', function () {
    let err = verifyError(pair);
    cleartext.npnProtocol = pair.npnProtocol;
    if (!err && !checkServerIdentity(hostname, cleartext.getPeerCertificate() || {})) {
      err = new Error("Hostname/IP doesn't match certificate's altnames");
    }
    if (err) {
      cleartext.authorized = false;
      cleartext.authorizationError = err.message;
      if (options.rejectUnauthorized) {
        cleartext.emit('error', err);
        pair.destroy();
        return;
      }
    } else {
      cleartext.authorized = true;
    }
    const flight = pair.takeEncrypted();
    cleartext.emit('secureConnect');
    pair.flushEncrypted(flight);
  });
  pair.on('error', function (err: Error) {
    cleartext.emit('error', err);
  });
  (cleartext as CleartextStreamInstance & { _controlReleased?: boolean })._controlReleased = true;
  return cleartext;
}
