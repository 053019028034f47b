import { systemAdmin } from '../auth/service.ts';
import { addItemAction, setAttendees, updateItem } from '../meetings/agenda.ts';
import { createMeeting, setMeetingSettings, transitionMeeting } from '../meetings/service.ts';
import type { Db } from '../platform/db.ts';

interface DemoMeetingPlan {
  forum: string;
  diaryPrefix: string;
  title: string;
  date: string;
  roundTitle: string;
  decisions: string[];
  actions: { owner: string; task: string; dueNextMeeting: boolean; dueDate?: string }[];
  notes: string;
}

const plans: DemoMeetingPlan[] = [
  {
    forum: 'Välfärdsrådet',
    diaryPrefix: 'RD',
    title: 'Välfärdsrådets möte den 12 januari 2021',
    date: '2021-01-12',
    roundTitle: 'v. 2 2021',
    notes:
      'Regionen redogjorde för läget på sjukhusen och vaccinationen på särskilda boenden.\n- Trycket är fortsatt högt men inläggningarna minskar något\n- Dos 2 på boendena påbörjas vecka 3',
    decisions: [
      'att ge länets förvaltningschefer i uppdrag att planera vaccinationen av hemtjänstens brukare tillsammans med regionen',
      'att följa upp frågan vid nästa möte',
    ],
    actions: [
      {
        owner: 'Falu kommun',
        task: 'Återkomma med en gemensam plan för vaccination i hemtjänsten',
        dueNextMeeting: true,
      },
      {
        owner: 'Region Dalarna',
        task: 'Skicka ut en prognos för vaccinleveranserna till kommunerna',
        dueNextMeeting: false,
        dueDate: '2021-01-19',
      },
    ],
  },
  {
    forum: 'Samlad sjukvårdsresurs i Halland',
    diaryPrefix: 'RS',
    title: 'Avstämningsmöte Samlad sjukvårdsresurs i Halland',
    date: '2020-12-29',
    roundTitle: 'v. 53 2020',
    notes: 'Ansträngt läge på Hallands sjukhus; alla ombeds medverka till att utskrivningar sker enligt plan.',
    decisions: ['att bjuda in Smittskydd och Hallandsjouren till kommande avstämningsmöten'],
    actions: [
      {
        owner: 'Regionkontoret',
        task: 'Ta fram tydligare rutiner för smittspårning och kommunicera dem i ordinarie kanaler',
        dueNextMeeting: true,
      },
    ],
  },
];

/** A published meeting with decisions and uppdrag per demo forum, discussing one of its rounds. */
export async function seedDemoMeetings(db: Db, forums: Map<string, string>): Promise<void> {
  for (const plan of plans) {
    const forumId = forums.get(plan.forum)!;
    const round = await db
      .selectFrom('rounds')
      .select('id')
      .where('forumId', '=', forumId)
      .where('title', '=', plan.roundTitle)
      .executeTakeFirst();
    const coordinator = await db
      .selectFrom('forumRoles')
      .innerJoin('users', 'users.id', 'forumRoles.userId')
      .select(['users.id', 'users.name'])
      .where('forumRoles.forumId', '=', forumId)
      .where('forumRoles.role', '=', 'coordinator')
      .executeTakeFirstOrThrow();
    const reporter = await db
      .selectFrom('forumRoles')
      .innerJoin('users', 'users.id', 'forumRoles.userId')
      .select(['users.id', 'users.name'])
      .where('forumRoles.forumId', '=', forumId)
      .where('forumRoles.role', '=', 'reporter')
      .orderBy('users.name')
      .executeTakeFirstOrThrow();
    await setMeetingSettings({
      db,
      actor: systemAdmin,
      forumId,
      settings: { diaryPrefix: plan.diaryPrefix, agendaTemplate: null },
    });
    const meeting = await createMeeting({
      db,
      actor: systemAdmin,
      forumId,
      input: {
        title: plan.title,
        meetingDate: plan.date,
        assignDiaryNumber: true,
        startTime: '14:00',
        endTime: '15:00',
        location: 'Teams',
        roundId: round?.id ?? null,
        chairRole: 'motesledare',
        chair: { userId: coordinator.id },
        secretary: { userId: coordinator.id },
        adjusters: [{ userId: reporter.id }],
      },
    });
    await setAttendees({
      db,
      actor: systemAdmin,
      meetingId: meeting.id,
      attendees: meeting.attendees.map((a, i) => ({
        organizationId: a.organizationId,
        userId: a.userId,
        name: a.name,
        title: a.title,
        // Some stayed away, never the adjuster: a justerare must have been at the meeting.
        status: i % 7 === 6 && a.userId !== reporter.id ? 'absent' : 'present',
      })),
    });
    const situationItem = meeting.items.find((i) => i.role === 'situation')!;
    await updateItem({
      db,
      actor: systemAdmin,
      itemId: situationItem.id,
      input: { revision: situationItem.revision, notes: plan.notes, decisions: plan.decisions },
    });
    for (const action of plan.actions) {
      const owner = await db
        .selectFrom('organizations')
        .select('id')
        .where('name', '=', action.owner)
        .executeTakeFirst();
      await addItemAction({
        db,
        actor: systemAdmin,
        itemId: situationItem.id,
        appUrl: null,
        input: {
          ownerOrganizationId: owner?.id ?? null,
          ownerName: owner ? null : action.owner,
          task: action.task,
          dueNextMeeting: action.dueNextMeeting,
          dueDate: action.dueDate ?? null,
        },
      });
    }
    await transitionMeeting({ db, actor: systemAdmin, id: meeting.id, transition: 'hold', mail: null });
    await transitionMeeting({ db, actor: systemAdmin, id: meeting.id, transition: 'send_for_review', mail: null });
    // The adjuster's approval in the demo history is recorded directly rather than by a signed-in adjuster.
    await db
      .updateTable('meetingAdjusters')
      .set({ approvedAt: new Date(`${plan.date}T16:00:00Z`) })
      .where('meetingId', '=', meeting.id)
      .execute();
    await db.updateTable('meetings').set({ status: 'approved' }).where('id', '=', meeting.id).execute();
    await transitionMeeting({ db, actor: systemAdmin, id: meeting.id, transition: 'publish', mail: null });
  }
}
