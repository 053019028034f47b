import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, IssuedApiToken } from '@server/api-tokens/schema.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useApiTokens, useRevokeApiToken } from '../../features/api-tokens/api/api-tokens.ts';
import { ApiTokenFormModal } from '../../features/api-tokens/components/api-token-form-modal.tsx';
import { ApiTokensTable } from '../../features/api-tokens/components/api-tokens-table.tsx';
import { IssuedTokenDialog } from '../../features/api-tokens/components/issued-token-dialog.tsx';
import { useForums } from '../../features/forums/api/get-forums.ts';
import { useOrganizations } from '../../features/organizations/api/get-organizations.ts';

type Dialog = { kind: 'issue' } | { kind: 'issued'; issued: IssuedApiToken } | { kind: 'revoke'; token: ApiToken };

/** Administrators issue, list and revoke the tokens other systems read the exports with. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>();
  const tokens = useApiTokens();
  const forums = useForums();
  const organizations = useOrganizations();
  const revoke = useRevokeApiToken();
  const close = () => setDialog(undefined);

  const confirmRevoke = (token: ApiToken) =>
    revoke.mutate(token.id, {
      onSuccess: () => {
        notifications.show({ message: t('apiTokens.revoked', { name: token.name }), color: 'teal' });
        close();
      },
    });

  return (
    <>
      <PageHeader
        title={t('apiTokens.title')}
        intro={t('apiTokens.intro')}
        actions={<Button onClick={() => setDialog({ kind: 'issue' })}>{t('apiTokens.issue')}</Button>}
      />
      <QueryState query={tokens}>
        {(rows) => <ApiTokensTable tokens={rows} onRevoke={(token) => setDialog({ kind: 'revoke', token })} />}
      </QueryState>
      {dialog?.kind === 'issue' && (
        <ApiTokenFormModal
          forumOptions={(forums.data ?? []).map((forum) => ({ value: forum.id, label: forum.name }))}
          organizationOptions={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onClose={close}
          onIssued={(issued) => setDialog({ kind: 'issued', issued })}
        />
      )}
      {dialog?.kind === 'issued' && <IssuedTokenDialog issued={dialog.issued} onClose={close} />}
      {dialog?.kind === 'revoke' && (
        <ConfirmDialog
          title={t('apiTokens.revoke.confirmTitle')}
          text={t('apiTokens.revoke.confirmText', { name: dialog.token.name })}
          confirmLabel={t('apiTokens.revoke.short')}
          onConfirm={() => confirmRevoke(dialog.token)}
          onClose={() => {
            revoke.reset();
            close();
          }}
          isPending={revoke.isPending}
          error={revoke.error?.message}
        />
      )}
    </>
  );
}
