// From parsed rows to observations of known indicators and municipalities. Pure: the catalogue is
// passed in, so every rule here is tested without a database.
import { disaggregationFromGenesisLabels, disaggregationKey, labelsBelowGenesisColumn } from '@atlas/domain';
import type { ObservationStatus } from '@atlas/domain';
import { rowError } from './row-errors.js';
import type { RowError } from './row-errors.js';
import type { GenesisColumn, ParsedGenesisTable, ParsedTidyFile, SkipCounts } from './types.js';

export interface CatalogueIndicator {
  id: string;
  key: string;
  genesisTable: string | null;
  genesisColumn: string | null;
}

export interface CatalogueMunicipality {
  id: string;
  ags: string;
  regionId: string;
}

/** What the import checks rows against: the indicator catalogue and the municipalities of all regions. */
export interface ImportCatalogue {
  indicators: readonly CatalogueIndicator[];
  municipalities: readonly CatalogueMunicipality[];
}

/** One observation ready to be compared with the database. */
export interface ResolvedObservation {
  line: number;
  indicatorId: string;
  indicatorKey: string;
  municipalityId: string;
  ags: string;
  regionId: string;
  year: number;
  value: number;
  disaggregation: Record<string, string>;
  disaggregationKey: string;
  status: ObservationStatus;
  source: string | null;
}

export interface Resolution {
  observations: ResolvedObservation[];
  errors: RowError[];
  /** Counts of values left out on the way (GENESIS columns without an indicator). */
  unmappedColumns: number;
}

/** GENESIS region keys are 5 digits for Kreise and kreisfreie Städte, 8 for municipalities. */
export function agsOfRegionCode(code: string): string | undefined {
  if (/^\d{8}$/.test(code)) return code;
  if (/^\d{5}$/.test(code)) return `${code}000`;
  return undefined;
}

/** Whether a GENESIS region code is one of the catalogue's municipalities. */
export function regionUnitFilter(catalogue: ImportCatalogue): (code: string) => boolean {
  const known = new Set(catalogue.municipalities.map((municipality) => municipality.ags));
  return (code) => {
    const ags = agsOfRegionCode(code);
    return ags !== undefined && known.has(ags);
  };
}

/** Rejects a second row for the same indicator, unit, year and disaggregation. */
class DuplicateGuard {
  private readonly firstLine = new Map<string, number>();

  check(observation: ResolvedObservation, column: string | null, errors: RowError[]): boolean {
    const key = [observation.indicatorId, observation.municipalityId, observation.year, observation.disaggregationKey].join('|');
    const first = this.firstLine.get(key);
    if (first !== undefined) {
      errors.push(rowError('DUPLICATE_ROW', observation.line, column, { firstLine: first }));
      return false;
    }
    this.firstLine.set(key, observation.line);
    return true;
  }
}

export function resolveTidyRows(file: ParsedTidyFile, catalogue: ImportCatalogue): Resolution {
  const indicators = new Map(catalogue.indicators.map((indicator) => [indicator.key, indicator]));
  const municipalities = new Map(catalogue.municipalities.map((municipality) => [municipality.ags, municipality]));
  const resolution: Resolution = { observations: [], errors: [], unmappedColumns: 0 };
  const duplicates = new DuplicateGuard();
  for (const row of file.rows) {
    const indicator = indicators.get(row.indicatorKey);
    const municipality = municipalities.get(row.ags);
    if (!indicator) resolution.errors.push(rowError('UNKNOWN_INDICATOR', row.line, 'indicator', { value: row.indicatorKey }));
    if (!municipality) resolution.errors.push(rowError('UNKNOWN_AGS', row.line, 'ags', { value: row.ags }));
    if (!indicator || !municipality) continue;
    const observation: ResolvedObservation = {
      line: row.line,
      indicatorId: indicator.id,
      indicatorKey: indicator.key,
      municipalityId: municipality.id,
      ags: municipality.ags,
      regionId: municipality.regionId,
      year: row.year,
      value: row.value,
      disaggregation: row.disaggregation,
      disaggregationKey: disaggregationKey(row.disaggregation),
      status: row.status,
      source: row.source,
    };
    if (duplicates.check(observation, null, resolution.errors)) resolution.observations.push(observation);
  }
  return resolution;
}

/** Where one GENESIS column goes: an indicator, with the disaggregation the column itself stands for. */
export interface ColumnTarget {
  indicator: CatalogueIndicator;
  disaggregation: Record<string, string>;
}

const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The labels of `column` below the indicator's genesisColumn, or undefined when the column is not below
 * it. Without genesisColumn the indicator takes every column, below the labels all columns share.
 */
function labelsBelow(column: GenesisColumn, genesisColumn: string | null, sharedPath: readonly string[]) {
  if (genesisColumn === null) return column.path.slice(sharedPath.length);
  const wanted = normalizeLabel(genesisColumn);
  for (const name of column.names) {
    const below = labelsBelowGenesisColumn(normalizeLabel(name), wanted);
    // Compare ignoring case and spaces, but hand on the labels as the table writes them.
    if (below) return below.length === 0 ? [] : column.path.slice(column.path.length - below.length);
  }
  return undefined;
}

function sharedPathOf(columns: readonly GenesisColumn[]): string[] {
  const [first, ...rest] = columns;
  if (!first) return [];
  let length = 0;
  while (length < first.path.length && rest.every((column) => column.path[length] === first.path[length])) length++;
  return first.path.slice(0, length);
}

/**
 * Maps each column of the table to indicators. The indicators are the one named by --indicator, or else
 * every indicator whose genesisTable is the table's code. An indicator takes the column named by its
 * genesisColumn (header labels joined with " | ", case and spaces ignored) and the columns below it;
 * their further labels become the disaggregation ("… | weiblich" → sex=female, "… | 15 bis unter 25
 * Jahre" → age=15-25). Columns below it with other labels ("… | Ausländer") are left out. Without
 * genesisColumn the indicator takes every column.
 */
export function mapGenesisColumns(
  table: ParsedGenesisTable,
  catalogue: ImportCatalogue,
  indicatorKey?: string,
): { targets: ColumnTarget[][]; errors: RowError[] } {
  const errors: RowError[] = [];
  const targets: ColumnTarget[][] = table.columns.map(() => []);
  let indicators: CatalogueIndicator[];
  if (indicatorKey) {
    const named = catalogue.indicators.find((indicator) => indicator.key === indicatorKey);
    if (!named) errors.push(rowError('UNKNOWN_INDICATOR', table.headerLine, null, { value: indicatorKey }));
    indicators = named ? [named] : [];
  } else {
    indicators = catalogue.indicators.filter((indicator) => indicator.genesisTable === table.tableCode);
    if (indicators.length === 0) errors.push(rowError('UNKNOWN_TABLE', 1, null, { value: table.tableCode }));
  }

  const sharedPath = sharedPathOf(table.columns);
  for (const indicator of indicators) {
    const below = table.columns.map((column) => labelsBelow(column, indicator.genesisColumn, sharedPath));
    if (below.every((labels) => labels === undefined)) {
      errors.push(
        rowError('COLUMN_NOT_FOUND', table.headerLine, null, {
          value: indicator.genesisColumn ?? '',
          detail: `indicator ${indicator.key} expects it; columns: ${table.columns.map(describeColumn).join('; ')}`,
        }),
      );
      continue;
    }
    const columnByDisaggregation = new Map<string, GenesisColumn>();
    table.columns.forEach((column, index) => {
      const labels = below[index];
      const disaggregation = labels && disaggregationFromGenesisLabels(labels);
      if (!disaggregation) return;
      const key = disaggregationKey(disaggregation);
      const other = columnByDisaggregation.get(key);
      if (other) {
        errors.push(
          rowError('COLUMN_CONFLICT', table.headerLine, column.name, {
            detail: `indicator ${indicator.key} from "${other.name}" and "${column.name}"; set its genesisColumn to one of them`,
          }),
        );
        return;
      }
      columnByDisaggregation.set(key, column);
      targets[index]?.push({ indicator, disaggregation: { ...disaggregation } });
    });
  }
  return { targets, errors };
}

function describeColumn(column: GenesisColumn): string {
  return `"${column.name}"`;
}

export function resolveGenesisTable(
  table: ParsedGenesisTable,
  catalogue: ImportCatalogue,
  indicatorKey?: string,
): Resolution {
  const { targets, errors } = mapGenesisColumns(table, catalogue, indicatorKey);
  const resolution: Resolution = { observations: [], errors, unmappedColumns: 0 };
  if (errors.length > 0) return resolution;
  const municipalities = new Map(catalogue.municipalities.map((municipality) => [municipality.ags, municipality]));
  const duplicates = new DuplicateGuard();
  const source = genesisSource(table);
  for (const value of table.values) {
    const columnTargets = targets[value.columnIndex] ?? [];
    const column = table.columns[value.columnIndex]?.name ?? null;
    if (columnTargets.length === 0) resolution.unmappedColumns++;
    const municipality = municipalities.get(agsOfRegionCode(value.regionCode) ?? '');
    if (!municipality) {
      // The parser filters by region; this guards callers that parse without the filter.
      resolution.errors.push(rowError('UNKNOWN_AGS', value.line, 'region code', { value: value.regionCode }));
      continue;
    }
    for (const target of columnTargets) {
      const disaggregation = { ...target.disaggregation, ...value.disaggregation };
      const observation: ResolvedObservation = {
        line: value.line,
        indicatorId: target.indicator.id,
        indicatorKey: target.indicator.key,
        municipalityId: municipality.id,
        ags: municipality.ags,
        regionId: municipality.regionId,
        year: value.year,
        value: value.value,
        disaggregation,
        disaggregationKey: disaggregationKey(disaggregation),
        status: value.status,
        source,
      };
      if (duplicates.check(observation, column, resolution.errors)) resolution.observations.push(observation);
    }
  }
  return resolution;
}

function genesisSource(table: ParsedGenesisTable): string {
  const stand = table.extractedAt ? `, Stand ${table.extractedAt}` : '';
  return `GENESIS-Tabelle ${table.tableCode}${stand}`;
}

/** Adds the values the resolution left out to the parser's skip counts. */
export function withUnmapped(skipped: SkipCounts, resolution: Resolution): SkipCounts {
  return { ...skipped, unmappedColumns: skipped.unmappedColumns + resolution.unmappedColumns };
}
