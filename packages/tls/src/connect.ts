// tls.connect(options[, cb]) and tls.connect(port[, host][, options][, cb]): a client-side
// SecurePair over a new (or the given) socket. 'secureConnect' once the handshake is done and
// the server's certificate checked: verified against the CAs and matching the host name
// (checkServerIdentity). With rejectUnauthorized (the default) a failed check is an 'error'
// whose message is the reason ('DEPTH_ZERO_SELF_SIGNED_CERT', "Hostname/IP doesn't match
// certificate's altnames"…); without it, 'secureConnect' comes with authorized false and
// authorizationError set.
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
  session?: Uint8Array;
}

function normalize(args: unknown[]): [ConnectOptions, (() => void) | undefined] {
  let options: ConnectOptions = {};
  let cb: (() => void) | undefined;
  const a0 = args[0];
  if (a0 !== null && typeof a0 === 'object') {
    options = a0 as ConnectOptions;
    if (typeof args[1] === 'function') cb = args[1] as () => void;
    return [options, cb];
  }
  // port[, host][, options][, cb]
  const rest = args.slice(1);
  const port = a0 as number;
  let host: string | undefined;
  if (typeof rest[0] === 'string') host = rest.shift() as string;
  if (rest[0] !== null && typeof rest[0] === 'object') options = rest.shift() as ConnectOptions;
  if (typeof rest[0] === 'function') cb = rest.shift() as () => void;
  options = _extend({}, options) as ConnectOptions;
  options.port = port;
  if (host !== undefined) options.host = host;
  return [options, cb];
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
    session: options.session,
  });
  const cleartext = pipe(pair, socket);
  if (cb) cleartext.once('secureConnect', cb);

  if (!options.socket) {
    socket.connect({ port: options.port as number, host: options.host, localAddress: options.localAddress });
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
