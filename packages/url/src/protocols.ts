// Protocol tables (keys as url.parse stores them: lowercase, with the colon, and without).

// Plain objects, as in 0.10, so that a lookup of an odd user-supplied protocol behaves the same.
function table(names: string[]): Record<string, boolean> {
  const t: Record<string, boolean> = {};
  for (const n of names) t[n] = t[n + ':'] = true;
  return t;
}

/** Never auto-escaped: javascript: code keeps its quotes and spaces. */
export const unsafeProtocol = table(['javascript']);
/** Never have a host, even when written with '//'. */
export const hostlessProtocol = table(['javascript']);
/** Always have '//' and a host; an empty path on them is '/'. */
export const slashedProtocol = table(['http', 'https', 'ftp', 'gopher', 'file']);
