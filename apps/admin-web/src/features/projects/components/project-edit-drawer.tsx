import { useEffect, useEffectEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Drawer, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { UpdateProjectDocument, type ProjectDetailFragment } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import {
  projectFieldsFrom,
  toProjectInput,
  validateProjectFieldValues,
  type ProjectFieldValues,
} from '../lib/project-form-values';
import { ProjectFields } from './project-fields';

export function ProjectEditDrawer({
  project,
  opened,
  onClose,
}: {
  project: ProjectDetailFragment;
  opened: boolean;
  onClose: () => void;
}) {
  const { currency } = useWorkspaceFormat();
  const withMoney = useCan('financials.view');
  const [updateProject, { loading }] = useMutation(UpdateProjectDocument, {
    refetchQueries: ['Projects'],
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  const form = useForm<ProjectFieldValues>({
    initialValues: projectFieldsFrom(project, currency),
    validate: (v) => validateProjectFieldValues(v, currency) as Record<string, string>,
  });
  // Reload the form only when the drawer opens, not on every cache update while typing.
  const loadProject = useEffectEvent(() => form.setValues(projectFieldsFrom(project, currency)));
  useEffect(() => {
    if (opened) loadProject();
  }, [opened]);

  const submit = async (values: ProjectFieldValues) => {
    try {
      await updateProject({
        variables: { id: project.id, input: toProjectInput(values, currency, withMoney) as never },
      });
      notifications.show({ color: 'teal', message: 'Project saved' });
      onClose();
    } catch (error) {
      if (!applyServerFieldError(form, error)) {
        notifications.show({ color: 'red', title: 'Could not save the project', message: apiErrorInfo(error).message });
      }
    }
  };

  return (
    <Drawer opened={opened} onClose={onClose} title="Edit project" position="right" size="md">
      <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
        <Stack gap="md">
          <ProjectFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
