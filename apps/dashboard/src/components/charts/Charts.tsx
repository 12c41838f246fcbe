// Recharts lives only in this module, which is loaded lazily (see ./lazy.ts) so the first page
// load stays small.
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInteger } from '../../i18n/format';
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
