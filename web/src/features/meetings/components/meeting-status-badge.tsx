import { Badge } from '@mantine/core';
import type { MeetingSummary } from '@server/meetings/schema.ts';
import { useMeetingLabels } from './use-meeting-labels.ts';

const colors: Record<MeetingSummary['status'], string> = {
  planned: 'gray.7',
  held: 'samverkan.8',
  // Darker than Mantine's orange.9, which is below 4.5:1 on white.
  in_review: '#a34100',
  approved: 'teal.9',
  published: 'teal.9',
  imported: 'gray.7',
  cancelled: 'gray.7',
};

/** A meeting's status in words; the colour only repeats it. */
export function MeetingStatusBadge({ meeting }: { meeting: Pick<MeetingSummary, 'status'> }) {
  const labels = useMeetingLabels();
  return (
    <Badge variant="outline" color={colors[meeting.status]} radius="sm" tt="none" className="status-badge">
      {labels.status(meeting)}
    </Badge>
  );
}
