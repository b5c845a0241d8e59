// The ml-skills command line. The only part of the package that uses Node built-ins.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
