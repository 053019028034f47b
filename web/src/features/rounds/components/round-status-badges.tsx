import { Badge, Group } from '@mantine/core';
import type { Round } from '@server/rounds/schema.ts';
import { useRoundLabels } from './use-round-labels.ts';

/** Open or closed, published or not: in words, not colour alone. */
export function RoundStatusBadges({ round }: { round: Pick<Round, 'status' | 'isPublished'> }) {
  const labels = useRoundLabels();
  return (
    <Group gap={6} wrap="wrap">
      <Badge
        variant="outline"
        radius="sm"
        tt="none"
        color={round.status === 'open' ? 'teal.9' : 'gray.7'}
        className="status-badge"
      >
        {labels.status(round)}
      </Badge>
      <Badge
        variant="outline"
        radius="sm"
        tt="none"
        color={round.isPublished ? 'samverkan.8' : 'gray.7'}
        className="status-badge"
      >
        {labels.published(round)}
      </Badge>
    </Group>
  );
}
