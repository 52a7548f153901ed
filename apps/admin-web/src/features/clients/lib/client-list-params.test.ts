import {
  DEFAULT_LIST_PARAMS,
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
    const params = {
      search: 'acme',
      statuses: ['ACTIVE', 'PAUSED'] as const,
      includeArchived: true,
      sortField: 'TOTAL_VALUE' as const,
      sortDirection: 'ASC' as const,
      page: 3,
    };
    const url = serializeClientListParams({ ...params, statuses: [...params.statuses] });

    expect(url.toString()).toBe('q=acme&status=ACTIVE%2CPAUSED&archived=1&sort=TOTAL_VALUE&dir=ASC&page=3');
    expect(parseClientListParams(url)).toEqual({ ...params, statuses: ['ACTIVE', 'PAUSED'] });
  });

  it('ignores hand-edited junk instead of failing', () => {
    const parsed = parseClientListParams(new URLSearchParams('status=ACTIVE,BOGUS&sort=COLOR&dir=UP&page=-4'));

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
