import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS with declarations, platform-neutral (no Node built-ins).
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    treeshake: true,
    splitting: false,
    external: ['zod'],
  },
  {
    // The command line: ESM for Node, built on the public API.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod'],
  },
]);
