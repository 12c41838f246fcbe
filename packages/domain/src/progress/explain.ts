// One entry point for the explanations of both progress methods.
import type { Language } from '../language.js';
import { explainDnsWeather, type DnsWeatherResult } from './dns-weather.js';
import type { ExplainOptions } from './format.js';
import { explainOpenSdg, type OpenSdgResult } from './open-sdg.js';

/** How the status of a progress result came about, in plain language (German number formatting for 'de'). */
export function explain(result: OpenSdgResult | DnsWeatherResult, lang: Language, options: ExplainOptions = {}): string {
  return result.method === 'OPEN_SDG' ? explainOpenSdg(result, lang, options) : explainDnsWeather(result, lang, options);
}
