import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  /** The browser tab's name when it should say more than the heading. */
  documentTitle?: string;
  intro?: string;
  actions?: ReactNode;
}

// The first page of a document load leaves focus alone, so the skip link is the first Tab stop.
let isFirstPage = true;

/**
 * The page's h1. It names the browser tab and, on every page after the first, takes focus when it
 * appears, so a screen reader announces the new page and Tab continues from its top.
 */
export function PageHeader({ title, documentTitle, intro, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Decided once per mount: React's strict mode runs effects twice, and a ref survives that.
  const shouldFocus = useRef<boolean>(undefined);

  useEffect(() => {
    document.title = t('app.pageTitle', { page: documentTitle ?? title });
  }, [t, title, documentTitle]);

  useEffect(() => {
    if (shouldFocus.current === undefined) {
      shouldFocus.current = !isFirstPage;
      isFirstPage = false;
    }
    if (shouldFocus.current) headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap" gap="md">
      <Stack gap={4}>
        <Title order={1} ref={headingRef} tabIndex={-1} className="page-heading">
          {title}
        </Title>
        {intro && <Text c="dimmed">{intro}</Text>}
      </Stack>
      {actions && (
        <Group gap="sm" className="no-print">
          {actions}
        </Group>
      )}
    </Group>
  );
}
