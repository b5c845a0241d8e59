import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A fresh copy of a JSON fixture from tests/fixtures. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are mutated freely to build bad documents
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')) as T;
}

/** The shared real data beside the checkout, or undefined when it is absent. */
export const SHARED_DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
