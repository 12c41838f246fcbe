import { lazy } from 'react';

// Both charts come from one module, so Vite emits one chart chunk with Recharts in it.
const loadCharts = () => import('./Charts');

export const LazyPopulationLineChart = lazy(() => loadCharts().then((m) => ({ default: m.PopulationLineChart })));
export const LazyCategoryBarChart = lazy(() => loadCharts().then((m) => ({ default: m.CategoryBarChart })));
