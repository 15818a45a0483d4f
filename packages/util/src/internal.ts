// @n10/util/internal: pieces of util a sibling needs, not part of 0.10's module.
// The runtime installs 0.10's Date#toString / #toUTCString with these; the functions keep
// no state, so this entry may hold its own copy of them.
export { dateToString, dateToUTCString } from './date';
export { functionName } from './function-name';
export { quote } from './quote';
export { functionSource, string010 } from './function-source';
