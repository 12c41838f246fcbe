// Recharts lives only in this module, which is loaded lazily (see ./lazy.ts) so the first page
// load stays small.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDecimal, formatInteger } from '../../i18n/format';
import type { Language } from '../../i18n/language';

export interface YearValue {
  year: number;
  value: number;
}

export interface LabelValue {
  label: string;
  value: number;
}

const LINE_COLOR = '#00689D';
const BAR_COLOR = '#19486A';

export interface PopulationLineChartProps {
  data: readonly YearValue[];
  lang: Language;
  valueLabel: string;
}

export function PopulationLineChart({ data, lang, valueLabel }: PopulationLineChartProps) {
  const format = (value: number) => formatInteger(value, lang);
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={6} />
        <YAxis tickFormatter={format} width={80} domain={['auto', 'auto']} />
        <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} labelFormatter={(year) => String(year)} />
        <Line
          type="monotone"
          dataKey="value"
          name={valueLabel}
          stroke={LINE_COLOR}
          strokeWidth={2}
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export interface CategoryBarChartProps {
  data: readonly LabelValue[];
  lang: Language;
  valueLabel: string;
}

/** Horizontal bars: long German category labels stay readable on a phone. */
export function CategoryBarChart({ data, lang, valueLabel }: CategoryBarChartProps) {
  const format = (value: number) => formatInteger(value, lang);
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 26 + 48)}>
      <BarChart
        data={[...data]}
        layout="vertical"
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={format} />
        <YAxis type="category" dataKey="label" width={140} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} />
        <Bar dataKey="value" name={valueLabel} fill={BAR_COLOR} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** One line of a multi-series chart; `dashed` for reference lines (Germany, NRW). */
export interface ChartSeries {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
  bold?: boolean;
}

export interface TargetLine {
  value: number;
  label: string;
}

export interface MultiLineChartProps {
  /** One row per year: `{ year, [series key]: value | null }`. */
  rows: ReadonlyArray<Record<string, number | null>>;
  series: readonly ChartSeries[];
  targets?: readonly TargetLine[];
  lang: Language;
  decimals: number;
}

/** Several series over the years with a legend and horizontal target lines. */
/** Room for the longest tick label of the values (and targets) drawn. */
function axisWidth(values: readonly number[], format: (value: number) => string): number {
  const longest = Math.max(4, ...values.map((value) => format(value).length));
  return Math.min(120, 16 + longest * 7);
}

export function MultiLineChart({ rows, series, targets = [], lang, decimals }: MultiLineChartProps) {
  const format = (value: number) => formatDecimal(value, lang, decimals);
  const values = rows.flatMap((row) => series.map((s) => row[s.key] ?? null)).filter((value): value is number => value !== null);
  return (
    <ResponsiveContainer width="100%" height={360}>
      <LineChart data={[...rows]} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={6} />
        <YAxis tickFormatter={format} width={axisWidth([...values, ...targets.map((t) => t.value)], format)} domain={['auto', 'auto']} />
        <Tooltip formatter={(value, name) => [format(Number(value)), name]} labelFormatter={(year) => String(year)} />
        <Legend />
        {targets.map((target) => (
          <ReferenceLine
            key={`${target.label}-${target.value}`}
            y={target.value}
            stroke="#a1122c"
            strokeDasharray="6 3"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{ value: target.label, position: 'insideTopRight', fill: '#a1122c', fontSize: 12 }}
          />
        ))}
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={s.bold ? 3 : 2}
            strokeDasharray={s.dashed ? '4 3' : undefined}
            dot={{ r: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export interface UnitBarChartProps {
  data: ReadonlyArray<{ label: string; value: number; color: string }>;
  lang: Language;
  decimals: number;
  valueLabel: string;
}

/** Horizontal bars, one per unit, each in its series colour. */
export function UnitBarChart({ data, lang, decimals, valueLabel }: UnitBarChartProps) {
  const format = (value: number) => formatDecimal(value, lang, decimals);
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 32 + 48)}>
      <BarChart data={[...data]} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={format} />
        <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} />
        <Bar dataKey="value" name={valueLabel} isAnimationActive={false}>
          {data.map((entry) => (
            <Cell key={entry.label} fill={entry.color} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
