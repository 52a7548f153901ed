import { useQuery } from '@apollo/client/react';
import { Image } from '@mantine/core';
import { WorkspaceLogoDocument } from '@clientflow/graphql-types/admin';
import { useViewer } from '../../session/hooks/use-viewer';

/** The agency's logo beside the workspace name in the header, when it has one (Settings → Workspace). */
export function WorkspaceLogo() {
  const viewer = useViewer();
  const { data } = useQuery(WorkspaceLogoDocument, { context: { handledErrorCodes: ['*'] } });
  const workspace = data?.me?.workspace;
  if (!workspace?.logoUrl || workspace.id !== viewer.workspace.id) return null;
  return <Image src={workspace.logoUrl} alt={`${viewer.workspace.name} logo`} h={28} maw={96} w="auto" fit="contain" />;
}
