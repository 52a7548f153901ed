import {
  DEFAULT_LIST_PARAMS,
  exportHref,
  hasActiveFilters,
  toClientFilter,
  type ClientListParams,
  parseClientListParams,
  serializeClientListParams,
  toClientsVariables,
} from './client-list-params';

describe('client list URL params', () => {
  it('keeps the plain list at a clean URL', () => {
    expect(serializeClientListParams(DEFAULT_LIST_PARAMS).toString()).toBe('');
    expect(parseClientListParams(new URLSearchParams())).toEqual(DEFAULT_LIST_PARAMS);
  });

  it('round-trips every setting', () => {
    const params: ClientListParams = {
      ...DEFAULT_LIST_PARAMS,
      search: 'acme',
      statuses: ['ACTIVE', 'PAUSED'],
      includeArchived: true,
      sortField: 'TOTAL_VALUE',
      sortDirection: 'ASC',
      page: 3,
    };
    const url = serializeClientListParams(params);

    expect(url.toString()).toBe('q=acme&status=ACTIVE%2CPAUSED&archived=1&sort=TOTAL_VALUE&dir=ASC&page=3');
    expect(parseClientListParams(url)).toEqual(params);

    const full: ClientListParams = {
      ...params,
      hasProjects: 'no',
      industries: ['Retail', 'Food'],
      sizes: ['SMB'],
      tags: ['vip'],
      managers: ['6f1c2c1e-8a43-4c1b-9d6e-2b7f2a8d9e10'],
      customFields: [{ key: 'tier', value: 'gold' }],
      tenure: 'NEW',
      valueMin: 100,
      valueBelow: 5000,
      view: 'PIPELINE',
    };
    expect(parseClientListParams(serializeClientListParams(full))).toEqual(full);
  });

  it('turns the filters into a GraphQL filter and an export link with the same names', () => {
    const params: ClientListParams = {
      ...DEFAULT_LIST_PARAMS,
      hasProjects: 'yes',
      industries: ['Retail'],
      customFields: [{ key: 'tier', value: 'gold' }],
      valueMin: 10,
      view: 'MAP',
      page: 4,
    };
    expect(toClientFilter(params, true)).toEqual({
      includeArchived: false,
      hasProjects: true,
      industries: ['Retail'],
      customFields: [{ key: 'tier', value: 'gold' }],
      valueMin: 10,
    });
    expect(toClientFilter(params, false)).not.toHaveProperty('valueMin');
    expect(exportHref(params)).toBe('/files/exports/clients.csv?projects=yes&industry=Retail&cf.tier=gold&vmin=10');
    expect(hasActiveFilters(params)).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_LIST_PARAMS, view: 'MAP' })).toBe(false);
  });

  it('ignores hand-edited junk instead of failing', () => {
    const parsed = parseClientListParams(
      new URLSearchParams(
        'status=ACTIVE,BOGUS&sort=COLOR&dir=UP&page=-4&view=globe&projects=maybe&cf.bad key=1&vmin=abc',
      ),
    );

    expect(parsed).toEqual({ ...DEFAULT_LIST_PARAMS, statuses: ['ACTIVE'] });
  });

  it('sorts dates newest first unless told otherwise', () => {
    expect(parseClientListParams(new URLSearchParams('sort=CREATED_AT')).sortDirection).toBe('DESC');
  });

  it('pages by 25 and never sorts by value for a viewer who cannot see values', () => {
    const variables = toClientsVariables({ ...DEFAULT_LIST_PARAMS, sortField: 'TOTAL_VALUE', page: 2 }, false);

    expect(variables.page).toEqual({ limit: 25, offset: 25 });
    expect(variables.sort).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(variables.withFinancials).toBe(false);
  });
});
