// Progress assessment of indicator series: the Open SDG progress measure, the DNS weather symbols and
// the aggregation of unit values to a regional value. Pure functions, no I/O.
export {
  aggregateUnits,
  type AggregateInput,
  type AggregateResult,
  type UnitPopulation,
  type UnitValue,
} from './aggregate.js';
export {
  DNS_LIGHT_CLOUD_MAX_SHORTFALL,
  DNS_MIN_POINTS,
  DNS_SUN_MAX_SHORTFALL,
  DNS_WINDOW_YEARS,
  dnsWeather,
  dnsWeatherNotAvailableReasons,
  dnsWeatherStatusName,
  dnsWeatherStatuses,
  explainDnsWeather,
  worstDnsWeather,
  type DnsTarget,
  type DnsWeatherAssessedResult,
  type DnsWeatherConfig,
  type DnsWeatherNotAvailableReason,
  type DnsWeatherNotAvailableResult,
  type DnsWeatherProcedure,
  type DnsWeatherResult,
  type DnsWeatherStatus,
} from './dns-weather.js';
export { explain } from './explain.js';
export type { ExplainOptions } from './format.js';
export {
  OPEN_SDG_DEFAULT_BASE_YEAR,
  OPEN_SDG_LIMIT_EXPONENT,
  OPEN_SDG_THRESHOLDS_WITH_TARGET,
  OPEN_SDG_THRESHOLDS_WITHOUT_TARGET,
  OPEN_SDG_ZERO_TARGET_REPLACEMENT,
  compoundAnnualGrowth,
  explainOpenSdg,
  limitCoefficient,
  openSdgNotAvailableReasons,
  openSdgProgress,
  openSdgStatusName,
  openSdgStatuses,
  type OpenSdgAssessedResult,
  type OpenSdgConfig,
  type OpenSdgNotAvailableReason,
  type OpenSdgNotAvailableResult,
  type OpenSdgResult,
  type OpenSdgStatus,
  type OpenSdgTarget,
  type OpenSdgTargetUsed,
  type OpenSdgThresholds,
  type OpenSdgVariant,
} from './open-sdg.js';
export { cleanSeries, type CleanSeries, type YearValue } from './series.js';
