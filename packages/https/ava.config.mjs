export { default } from '../../ava.config.base.mjs';
