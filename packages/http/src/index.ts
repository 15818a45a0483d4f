// @n10/http: node 0.10's require('http'), over @n10/net.
//
// The module object has 0.10's members in 0.10's order. Inside, one concern a file:
// parser.ts (the HTTP/1.x parser), common.ts (the parser pool and its callbacks),
// incoming.ts (IncomingMessage), outgoing.ts (OutgoingMessage), server.ts (Server,
// ServerResponse, the connection listener), client.ts (ClientRequest, request, get, the old
// Client), agent.ts (Agent, globalAgent), status-codes.ts.
import { Agent as AgentValue, globalAgent, type AgentConstructor, type AgentInstance } from './agent';
import {
  ClientRequest as ClientRequestValue,
  DeprecatedClient,
  createClient,
  request,
  type ClientConstructor,
  type ClientRequestConstructor,
  type ClientRequestInstance,
  type RequestOptions,
  type ResponseListener,
} from './client';
import { parsers } from './common';
import { IncomingMessage as IncomingMessageValue, type IncomingMessageConstructor, type IncomingMessageInstance } from './incoming';
import { OutgoingMessage as OutgoingMessageValue, type OutgoingMessageConstructor, type OutgoingMessageInstance } from './outgoing';
import {
  Server as ServerValue,
  ServerResponse as ServerResponseValue,
  connectionListener,
  type RequestListener,
  type ServerConstructor,
  type ServerInstance,
  type ServerResponseConstructor,
  type ServerResponseInstance,
} from './server';
import { STATUS_CODES } from './status-codes';

export type { AgentOptions, AgentRequest } from './agent';
export type { RequestOptions, ResponseListener, ClientInstance } from './client';
export type { HttpSocket, HttpParser, FreeListInstance } from './common';
export type { HeaderValue, OutgoingHeaders } from './outgoing';
export type { HTTPParserConstructor, HTTPParserInstance, HeadersInfo, ParseError } from './parser';
export type {
  AgentConstructor,
  ClientConstructor,
  ClientRequestConstructor,
  IncomingMessageConstructor,
  OutgoingMessageConstructor,
  RequestListener,
  ServerConstructor,
  ServerResponseConstructor,
};

// Each class name is both the constructor (value) and its instance type.
const IncomingMessage: IncomingMessageConstructor = IncomingMessageValue;
type IncomingMessage = IncomingMessageInstance;
const OutgoingMessage: OutgoingMessageConstructor = OutgoingMessageValue;
type OutgoingMessage = OutgoingMessageInstance;
const ServerResponse: ServerResponseConstructor = ServerResponseValue;
type ServerResponse = ServerResponseInstance;
const Agent: AgentConstructor = AgentValue;
type Agent = AgentInstance;
const ClientRequest: ClientRequestConstructor = ClientRequestValue;
type ClientRequest = ClientRequestInstance;
const Server: ServerConstructor = ServerValue;
type Server = ServerInstance;
const Client: ClientConstructor = DeprecatedClient;

/**
 * http.get(options | url, [callback]): a GET, ended at once. 0.10's get called
 * exports.request, so a program (or nock, or a test double) that replaces http.request
 * sees every http.get too.
 */
const get = function (options: RequestOptions | string, cb?: ResponseListener): ClientRequestInstance {
  const req = http.request(options, cb);
  req.end();
  return req;
};

const http = {
  parsers,
  STATUS_CODES,
  IncomingMessage,
  OutgoingMessage,
  ServerResponse,
  Agent,
  globalAgent,
  ClientRequest,
  request,
  get,
  Server,
  createServer: function (requestListener?: RequestListener): ServerInstance {
    return new Server(requestListener);
  },
  _connectionListener: connectionListener,
  Client,
  createClient,
};

// 0.10's request, get and createServer are anonymous function expressions.
for (const key of ['request', 'get', 'createServer'] as const) {
  Object.defineProperty(http[key], 'name', { value: '', configurable: true });
}

const createServer = http.createServer;
export {
  IncomingMessage,
  OutgoingMessage,
  ServerResponse,
  Agent,
  globalAgent,
  ClientRequest,
  request,
  get,
  Server,
  createServer,
  Client,
  createClient,
  STATUS_CODES,
  parsers,
};
export default http;
