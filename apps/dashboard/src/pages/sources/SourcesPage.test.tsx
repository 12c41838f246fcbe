import { screen } from '@testing-library/react';
import { dataSources } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { stubGraphQL } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { renderAppAt } from '../decisionTestSupport';

describe('sources page', () => {
  it('credits every data source with its licence, in German and English', async () => {
    stubGraphQL(() => ({ data: shellData(false) }));
    renderAppAt('/quellen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quellen und Lizenzen' })).toBeDefined();
    expect(screen.getAllByTestId('data-source')).toHaveLength(dataSources.length);
    expect(screen.getByText('Geometrie: © GeoBasis-DE / BKG, über Statistisches Bundesamt (DNS-Plattform)')).toBeDefined();
    expect(screen.getAllByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' }).length).toBeGreaterThan(0);
  });

  it('is English with ?lang=en', async () => {
    stubGraphQL(() => ({ data: shellData(false) }));
    renderAppAt('/quellen?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources and licences' })).toBeDefined();
    expect(screen.getByText('Data source: INKAR, BBSR Bonn 2024, dl-de/by-2-0')).toBeDefined();
  });
});
