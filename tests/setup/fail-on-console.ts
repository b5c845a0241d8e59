// A test that logs is a test that hides something: console calls fail the test (benchmarks print their figures).
import { beforeEach, vi } from 'vitest';

beforeEach(() => {
  for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called in a test: ${args.map(String).join(' ')}`);
    });
  }
});
