// @n10/runtime as a library: the module system and version. The executable is bin/n10.js.
export { Module } from './module';
export { N10_VERSION as version } from './version';
