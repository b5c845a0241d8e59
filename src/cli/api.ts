// The public API the CLI is built on: the package entry point and nothing else.
export * from '../index.js';
