// A gc() function inside the ava worker: V8's --expose-gc set at runtime, fetched from a fresh
// context (the flag only applies to contexts created after it is set).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
export const gc = runInNewContext('gc') as () => void;
