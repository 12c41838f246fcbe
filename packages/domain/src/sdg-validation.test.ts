import { afterEach, describe, expect, it, vi } from 'vitest';
import goals from '../data/sdg/goals.json' with { type: 'json' };

// A broken catalogue file must stop the program at load time and name the row, not yield a partial catalogue.
describe('catalogue validation', () => {
  afterEach(() => {
    vi.doUnmock('../data/sdg/goals.json');
    vi.resetModules();
  });

  it('names the file, row and code of an invalid goal', async () => {
    const broken = goals.map((goal) => (goal.number === 4 ? { ...goal, color: 'red' } : goal));
    vi.doMock('../data/sdg/goals.json', () => ({ default: broken }));
    vi.resetModules();
    await expect(import('./sdg.js')).rejects.toThrow(/goals\.json: invalid row 4 \(code "4"\)[\s\S]*colour/);
  });
});
