import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConflictAlertProps {
  title: string;
  detail: string;
  labels: { load: string; mine: string; choose: string; keepMine: string; useTheirs: string };
  /** Heading level of the two versions' titles. */
  headingOrder: TitleOrder;
  /** Their version, once fetched: its heading (who saved it, when) and its text. */
  theirs?: { heading: string; content: ReactNode };
  /** The user's own version. */
  mine: ReactNode;
  isLoading: boolean;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Someone else saved meanwhile. Nothing the user typed is thrown away: both versions are shown,
 * and the user chooses which to continue from.
 */
export function ConflictAlert({
  title,
  detail,
  labels,
  headingOrder,
  theirs,
  mine,
  isLoading,
  onLoadTheirs,
  onKeepMine,
  onUseTheirs,
}: ConflictAlertProps) {
  return (
    <Alert color="orange" variant="light" title={title} role="alert" tabIndex={-1} data-form-error>
      <Stack gap="sm">
        <Text size="sm">{detail}</Text>
        {!theirs ? (
          <Group>
            <Button size="xs" variant="default" onClick={onLoadTheirs} loading={isLoading}>
              {labels.load}
            </Button>
          </Group>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Paper withBorder p="sm" radius="sm">
                <Title order={headingOrder} size="h6" mb="xs">
                  {labels.mine}
                </Title>
                {mine}
              </Paper>
              <Paper withBorder p="sm" radius="sm">
                <Title order={headingOrder} size="h6" mb="xs">
                  {theirs.heading}
                </Title>
                {theirs.content}
              </Paper>
            </SimpleGrid>
            <Text size="sm">{labels.choose}</Text>
            <Group gap="sm">
              <Button size="xs" onClick={onKeepMine}>
                {labels.keepMine}
              </Button>
              <Button size="xs" variant="default" onClick={onUseTheirs}>
                {labels.useTheirs}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** The user's text that was replaced by someone else's version, kept visible until closed. */
export function SetAsideAlert({
  title,
  text,
  onClose,
  children,
}: {
  title: string;
  text: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="gray"
      variant="light"
      title={title}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      <Text size="sm" mb="xs">
        {text}
      </Text>
      {children}
    </Alert>
  );
}
