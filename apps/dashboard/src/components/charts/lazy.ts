import { lazy } from 'react';

// All charts come from one module, so Vite emits one chart chunk with Recharts in it.
const loadCharts = () => import('./Charts');

export const LazyPopulationLineChart = lazy(() => loadCharts().then((m) => ({ default: m.PopulationLineChart })));
export const LazyCategoryBarChart = lazy(() => loadCharts().then((m) => ({ default: m.CategoryBarChart })));
export const LazyMultiLineChart = lazy(() => loadCharts().then((m) => ({ default: m.MultiLineChart })));
export const LazyUnitBarChart = lazy(() => loadCharts().then((m) => ({ default: m.UnitBarChart })));
