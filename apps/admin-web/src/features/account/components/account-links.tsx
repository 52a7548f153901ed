import { useQuery } from '@apollo/client/react';
import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { SignUpModeDocument } from '@clientflow/graphql-types/admin';

/** Under the sign-in card: "Forgot password?" always, "Create an account" only when SIGNUP=open. */
export function AccountLinks() {
  const { data } = useQuery(SignUpModeDocument, { context: { handledErrorCodes: ['*'] } });
  return (
    <Group justify="center" gap="lg">
      <Anchor component={Link} to="/forgot-password" size="sm">
        Forgot password?
      </Anchor>
      {data?.signUpMode === 'OPEN' && (
        <Anchor component={Link} to="/sign-up" size="sm">
          Create an account
        </Anchor>
      )}
    </Group>
  );
}
