import { useEffect, useRef, useState } from 'react';
import {
  Badge,
  Button,
  CloseButton,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconDownload, IconFilter, IconSearch } from '@tabler/icons-react';
import { CLIENT_STATUSES } from '@clientflow/domain';
import type { ClientFilterOptionsQuery, ClientStatus } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';
import { CLIENT_SIZES, countExtraFilters, type ClientListParams, type HasProjects } from '../lib/client-list-params';
import { CustomFieldFilters } from '../../client-views/components/custom-field-filters';

const STATUS_OPTIONS = CLIENT_STATUSES.map((value) => ({ value, label: humanizeEnum(value) }));
const SIZE_OPTIONS = CLIENT_SIZES.map((value) => ({ value, label: value === 'SMB' ? 'SMB' : humanizeEnum(value) }));
const PROJECT_OPTIONS = [
  { value: 'any', label: 'Any' },
  { value: 'yes', label: 'With active projects' },
  { value: 'no', label: 'Without active projects' },
];
const TENURE_OPTIONS = [
  { value: 'NEW', label: 'New (first year)' },
  { value: 'RECURRING', label: 'Recurring (over a year)' },
];

interface ClientsToolbarProps {
  params: ClientListParams;
  options: ClientFilterOptionsQuery['clientFilterOptions'] | undefined;
  onChange: (patch: Partial<ClientListParams>, options?: { replace?: boolean }) => void;
  /** Link to the CSV of the current filters; absent for roles without data.export. */
  exportHref?: string;
  /** Extra controls (view switcher, saved views). */
  children?: React.ReactNode;
}

export function ClientsToolbar({ params, options, onChange, exportHref, children }: ClientsToolbarProps) {
  const { search, statuses } = params;
  const [searchInput, setSearchInput] = useState(search);
  const committed = useRef(search);
  const extraCount = countExtraFilters(params);
  const [moreOpen, more] = useDisclosure(extraCount > 0);
  // Starting a search pushes a history entry; refining it replaces that entry, so Back leaves the search.
  const onSearchChange = (value: string) => onChange({ search: value }, { replace: params.search !== '' });
  const commitSearch = useDebouncedCallback((value: string) => {
    committed.current = value.trim();
    onSearchChange(committed.current);
  }, 300);

  // Back/forward or "clear filters" change the URL underneath the input. Our own commits echo back
  // later than the keystrokes that follow them, so they must not overwrite what is being typed.
  useEffect(() => {
    if (search === committed.current) return;
    committed.current = search;
    setSearchInput(search);
  }, [search]);

  // Keep selected values visible even when they are no longer in use (e.g. from a saved view).
  const withSelected = (values: readonly string[], selected: readonly string[]) => [
    ...new Set([...values, ...selected]),
  ];
  const managerOptions = [
    ...(options?.accountManagers ?? []).map((u) => ({ value: u.id, label: u.name })),
    ...params.managers
      .filter((id) => !options?.accountManagers.some((u) => u.id === id))
      .map((id) => ({ value: id, label: 'Former member' })),
  ];

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label="Search clients"
          placeholder="Search by name, email, tax id or contact"
          leftSection={<IconSearch size={16} />}
          value={searchInput}
          onChange={(event) => {
            setSearchInput(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
          rightSection={
            searchInput ? (
              <CloseButton
                size="sm"
                aria-label="Clear search"
                onClick={() => {
                  setSearchInput('');
                  commitSearch.cancel();
                  committed.current = '';
                  onSearchChange('');
                }}
              />
            ) : null
          }
          style={{ flex: '1 1 260px' }}
        />
        <MultiSelect
          aria-label="Filter by status"
          placeholder={statuses.length ? undefined : 'All statuses'}
          leftSection={<IconFilter size={16} />}
          data={STATUS_OPTIONS}
          value={statuses}
          onChange={(value) => onChange({ statuses: value as ClientStatus[] })}
          clearable
          style={{ flex: '0 1 300px' }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button
          variant={moreOpen ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          rightSection={
            extraCount ? (
              <Badge size="xs" circle>
                {extraCount}
              </Badge>
            ) : null
          }
          onClick={more.toggle}
          aria-expanded={moreOpen}
          aria-controls="client-more-filters"
        >
          More filters
        </Button>
        {exportHref && (
          <Button component="a" href={exportHref} download variant="default" leftSection={<IconDownload size={16} />}>
            Export CSV
          </Button>
        )}
        {children}
      </Group>
      {moreOpen && (
        <Paper withBorder p="sm" id="client-more-filters">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select
              label="Projects"
              data={PROJECT_OPTIONS}
              value={params.hasProjects}
              onChange={(value) => onChange({ hasProjects: (value ?? 'any') as HasProjects })}
              allowDeselect={false}
            />
            <MultiSelect
              label="Industry"
              placeholder={params.industries.length ? undefined : 'Any industry'}
              data={withSelected(options?.industries ?? [], params.industries)}
              value={params.industries}
              onChange={(industries) => onChange({ industries })}
              searchable
              clearable
            />
            <MultiSelect
              label="Size"
              placeholder={params.sizes.length ? undefined : 'Any size'}
              data={SIZE_OPTIONS}
              value={params.sizes}
              onChange={(sizes) => onChange({ sizes: sizes as ClientListParams['sizes'] })}
              clearable
            />
            <MultiSelect
              label="Tags (any of)"
              placeholder={params.tags.length ? undefined : 'Any tag'}
              data={withSelected(options?.tags ?? [], params.tags)}
              value={params.tags}
              onChange={(tags) => onChange({ tags })}
              searchable
              clearable
            />
            <MultiSelect
              label="Account manager"
              placeholder={params.managers.length ? undefined : 'Anyone'}
              data={managerOptions}
              value={params.managers}
              onChange={(managers) => onChange({ managers })}
              searchable
              clearable
            />
            <Select
              label="Tenure"
              placeholder="New or recurring"
              data={TENURE_OPTIONS}
              value={params.tenure}
              onChange={(value) => onChange({ tenure: value as ClientListParams['tenure'] })}
              clearable
            />
            <Switch
              label="Show archived"
              checked={params.includeArchived}
              onChange={(event) => onChange({ includeArchived: event.currentTarget.checked })}
              mt={{ base: 0, sm: 30 }}
            />
          </SimpleGrid>
          <CustomFieldFilters value={params.customFields} onChange={(customFields) => onChange({ customFields })} />
        </Paper>
      )}
    </Stack>
  );
}
