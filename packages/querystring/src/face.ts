// The overridable hooks of the module: 0.10's stringify calls the module's current `escape`
// and parse's fallback calls its current `unescape`, so replacing them on the module object
// changes both (the manual: "provided so that it could be overridden").

export interface Codec {
  escape(str: string): string;
  unescape(s: string, decodeSpaces?: boolean): string;
}
