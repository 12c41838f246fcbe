import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// Lazily loaded pages and charts are compiled on first import; under CI load (turbo runs every
// package's tests on two cores) that takes longer than Testing Library's default one second. Same as `lazyLoad`.
configure({ asyncUtilTimeout: 30_000 });

// jsdom has no layout: Recharts' ResponsiveContainer only needs the observer to exist.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
