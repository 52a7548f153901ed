import { useMemo } from 'react';
import { Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { countryOptions } from '../../../shared/lib/countries';
import type { ClientFormValues } from '../lib/client-form-values';

export function ClientAddressFields({ form, locale }: { form: UseFormReturnType<ClientFormValues>; locale: string }) {
  const countries = useMemo(() => countryOptions(locale), [locale]);

  return (
    <Stack gap="sm">
      <Title order={4}>Billing address</Title>
      <TextInput label="Street" {...form.getInputProps('address.street')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label="City" {...form.getInputProps('address.city')} />
        <TextInput label="Region / state" {...form.getInputProps('address.region')} />
        <TextInput label="Postal code" {...form.getInputProps('address.postalCode')} />
        <Select
          label="Country"
          placeholder="Search countries"
          data={countries}
          searchable
          clearable
          nothingFoundMessage="No country found"
          {...form.getInputProps('address.country')}
        />
      </SimpleGrid>
    </Stack>
  );
}
