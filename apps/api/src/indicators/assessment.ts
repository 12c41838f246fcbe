// Both progress methods for one series, from the rules in @atlas/domain. Pure.
import { dnsWeather, openSdgProgress } from '@atlas/domain';
import type { DnsTarget, DnsWeatherResult, OpenSdgResult, Polarity, YearValue } from '@atlas/domain';

export interface AssessableTarget {
  value: number;
  year: number;
}

export interface Assessment<Target extends AssessableTarget = AssessableTarget> {
  openSdg: OpenSdgResult;
  dnsWeather: DnsWeatherResult;
  /** The target both methods measured against; null when they measured the direction only. */
  target: Target | null;
}

/**
 * The Open SDG progress status (base year 2015) and the DNS weather symbol of one series. With a
 * target, both measure against its value and year; without one, Open SDG uses its growth thresholds
 * and the weather symbol rates the direction given by the indicator's polarity.
 */
export function assess<Target extends AssessableTarget>(
  series: readonly YearValue[],
  polarity: Polarity,
  target: Target | null,
): Assessment<Target> {
  const dnsTarget: DnsTarget = target ? { type: 'VALUE_BY_YEAR', value: target.value, year: target.year } : { type: 'DIRECTION' };
  return {
    openSdg: openSdgProgress(series, polarity, target ? { value: target.value, year: target.year } : null),
    dnsWeather: dnsWeather(series, polarity, dnsTarget),
    target,
  };
}
