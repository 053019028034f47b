// Realistic minutes for the renderer tests and the benchmark, modelled on Välfärdsrådet Dalarna.
import type { Attendee, MinutesDocument, MinutesItem, StrainLevel } from './model.ts';

function item(number: number, title: string, fields: Partial<MinutesItem> = {}): MinutesItem {
  return {
    number: String(number),
    title,
    kind: null,
    presenters: [],
    notes: '',
    decisions: [],
    actions: [],
    attachmentNumbers: [],
    ...fields,
  };
}

function person(name: string, organization: string | null, fields: Partial<Attendee> = {}): Attendee {
  return {
    name,
    organization,
    status: 'present',
    category: null,
    substituteFor: null,
    title: null,
    isChair: false,
    ...fields,
  };
}

export function buildValfardsradetMinutes(overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  return {
    documentType: 'minnesanteckningar',
    forumName: 'Välfärdsrådet',
    title: 'Välfärdsrådets möte den 25 mars 2021',
    date: '2021-03-25',
    startTime: '13:00',
    endTime: '15:00',
    location: 'Teams och Regionens hus, Falun',
    diaryNumber: 'RD21/01391',
    chair: { name: 'Sofia Jarl', title: 'Regionråd', organization: 'Region Dalarna', role: 'ordforande' },
    secretary: { name: 'Tanja Mårtensson', title: 'Verksamhetsutvecklare', organization: 'Region Dalarna' },
    adjusters: [
      {
        name: 'Susanne Berger',
        title: 'Socialchef',
        organization: 'Avesta kommun',
        approvedAt: '2021-03-26T09:15:00.000Z',
      },
      { name: 'Håkan Frank', title: 'Förvaltningschef', organization: 'Ludvika kommun', approvedAt: null },
    ],
    attendance: [
      person('Sofia Jarl', 'Region Dalarna', { category: 'ledamot', isChair: true }),
      person('Crister Carlsson', 'Region Dalarna', { category: 'tjansteperson' }),
      person('Roger Larsson', 'Region Dalarna', { category: 'tjansteperson', status: 'absent' }),
      person('Susanne Berger', 'Avesta kommun', { category: 'ledamot' }),
      person('Anette Eriksson', 'Älvdalens kommun', {
        category: 'ersattare',
        status: 'substitute',
        substituteFor: 'Björn Östlund',
      }),
      person('Håkan Frank', 'Ludvika kommun', { category: 'ledamot' }),
      person('Britta Sohlin', 'Malung-Sälens kommun', { category: 'ledamot', status: 'absent' }),
      person('Elin Axman', 'Region Dalarna'),
    ],
    items: [
      item(1, 'Mötets öppnande', { kind: 'beslut', decisions: ['öppna mötet.'] }),
      item(2, 'Godkännande av dagordning', {
        kind: 'beslut',
        decisions: ['att godkänna dagordningen med tillägg under övriga frågor.'],
      }),
      item(3, 'Val av justerare', {
        kind: 'beslut',
        decisions: ['att utse Susanne Berger och Håkan Frank till justerare.'],
      }),
      item(4, 'Uppföljning av uppdrag', {
        kind: 'rapport',
        notes: 'Genomgång av uppdrag från föregående möten.',
        followUps: [
          {
            owner: 'Länsnätverket för förvaltningschefer',
            task: 'Ta fram underlag för regional överenskommelse om kvinnofrid',
            status: 'in_progress',
            comment: 'Remissversion klar i april.',
            fromMeetingDate: '2021-02-18',
          },
          {
            owner: 'Tanja Mårtensson',
            task: 'Sammanställa kalendarium för hösten',
            status: 'done',
            comment: null,
            fromMeetingDate: '2021-02-18',
          },
          {
            owner: 'Crister Carlsson',
            task: 'Återkoppla om testkapacitet i Mora',
            status: 'cancelled',
            comment: 'Ersatt av regional plan.',
            fromMeetingDate: '2021-01-21',
          },
          {
            owner: 'Susanne Berger',
            task: 'Beskriva bemanningsläget i hemtjänsten',
            status: 'open',
            comment: null,
            fromMeetingDate: '2021-02-18',
          },
        ],
      }),
      item(5, 'Lägesbild vecka 12', {
        kind: 'rapport',
        presenters: ['Crister Carlsson, Hälso- och sjukvårdsdirektör'],
        attachmentNumbers: [1],
        notes:
          'Lägesbilden bygger på rapporter från samtliga kommuner och regionen.\n\nSärskilt lyftes:\n- Hög sjukfrånvaro i hemtjänsten\n- Ökat tryck på korttidsplatser',
        situation: {
          roundTitle: 'Avstämning vecka 12',
          rows: [
            {
              organization: 'Region Dalarna',
              reportStatus: 'submitted',
              filedOnBehalf: false,
              strainLevel: 'very_strained',
              current: 'Många inneliggande i slutenvården.\n- IVA nära full beläggning',
              challenges: 'Bemanning under påsken.',
              input: 'Planera utskrivningar i god tid.',
            },
            {
              organization: 'Avesta kommun',
              reportStatus: 'late',
              filedOnBehalf: false,
              strainLevel: 'strained',
              current: 'Smitta bland personalen.',
              challenges: null,
              input: null,
            },
            {
              organization: 'Älvdalens kommun',
              reportStatus: 'submitted',
              filedOnBehalf: true,
              strainLevel: 'normal',
              current: 'Stabilt läge.',
              challenges: null,
              input: null,
            },
            {
              organization: 'Ludvika kommun',
              reportStatus: 'submitted',
              filedOnBehalf: false,
              strainLevel: 'critical',
              current: 'Utbrott på två särskilda boenden.',
              challenges: 'Svårt att få vikarier.',
              input: 'Behov av stöd med provtagning.',
            },
          ],
          summary:
            'Två av fyra rapporterande organisationer har ansträngt läge eller värre.\n- Bemanning är den gemensamma utmaningen',
          indicators: [
            {
              name: 'Inneliggande covid-19',
              unit: 'st',
              values: [42, 3, null, 7],
              total: { method: 'sum', value: 52, reported: 3, expected: 4 },
            },
          ],
        },
        decisions: ['att lägga lägesbilden till handlingarna.'],
      }),
      item(6, 'Det regionala samverkansarbetet för jämställdhet och kvinnofrid', {
        kind: 'information',
        presenters: ['Elin Axman, Utvecklingsledare', 'Agneta Haraldsson, Utvecklingsledare Våld i nära relationer'],
        attachmentNumbers: [2],
        notes:
          'RSS Dalarna har genom SKR:s kvinnofridssatsning ett uppdrag att stödja kommuner och regionen.\nArbetet tar sin utgångspunkt i de jämställdhetspolitiska delmålen.\n\nVälfärdsrådet ställer sig positivt till en regional överenskommelse.',
        decisions: [
          'att lägga informationen till handlingarna.',
          'att ge Länsnätverket för förvaltningschefer i uppdrag att ta fram underlag för en regional överenskommelse.',
        ],
        actions: [
          {
            owner: 'Länsnätverket för förvaltningschefer',
            task: 'Ta fram underlag för regional överenskommelse om kvinnofrid och jämställdhet',
            due: '2021-05-20',
            dueNextMeeting: false,
          },
          {
            owner: 'Elin Axman',
            task: 'Bjuda in kommunernas samordnare till workshop',
            due: null,
            dueNextMeeting: true,
          },
        ],
      }),
      item(7, 'Justerat kalendarium för Välfärdsrådet 2021', {
        kind: 'beslut',
        notes: 'Ett mötesdatum under hösten har ändrats.',
        decisions: ['att fastställa justerat kalendarium för Välfärdsrådet 2021.'],
        actions: [
          {
            owner: 'Tanja Mårtensson',
            task: 'Skicka ut uppdaterade kallelser',
            due: '2021-04-01',
            dueNextMeeting: false,
          },
        ],
      }),
      item(8, 'Pågående arbete inom RSS', {
        kind: 'rapport',
        presenters: ['Tanja Mårtensson'],
        notes:
          'Rapport om färdplan för god och nära vård, insatser med stöd av statliga stimulansbidrag och lanseringskonferens för ÖK Barn och unga.',
        decisions: ['att lägga informationen till handlingarna.'],
      }),
      item(9, 'Övriga frågor', {
        kind: 'ovrigt',
        notes: 'Fråga om vaccination av personal i hemtjänsten. Återkommer på nästa möte.',
      }),
      item(10, 'Mötets avslutande', { decisions: ['avsluta mötet.'] }),
    ],
    attachments: [
      { number: 2, title: 'Presentation kvinnofrid och jämställdhet' },
      { number: 1, title: 'Lägesrapport vecka 12' },
    ],
    version: 1,
    checksum: 'a3f1c2d4e5b6978877665544332211ffeeddccbbaa99887766554433221100ff',
    status: 'approved',
    ...overrides,
  };
}

const strainCycle: StrainLevel[] = ['normal', 'strained', 'very_strained', 'critical'];

/** A long meeting for the benchmark: many items, attendees and uppdrag. */
export function buildLargeMinutes(counts: { items: number; attendees: number; actions: number }): MinutesDocument {
  const base = buildValfardsradetMinutes();
  const organizations = [
    'Avesta',
    'Borlänge',
    'Falun',
    'Gagnef',
    'Hedemora',
    'Leksand',
    'Ludvika',
    'Malung-Sälen',
    'Säter',
    'Älvdalen',
  ].map((name) => `${name} kommun`);
  const categories = ['ledamot', 'ersattare', 'tjansteperson'] as const;
  const attendance = Array.from({ length: counts.attendees }, (_, index) =>
    person(`Person ${index} Åström`, organizations[index % organizations.length] ?? null, {
      category: categories[index % categories.length] ?? null,
      status: index % 10 === 3 ? 'absent' : 'present',
    }),
  );
  const items = Array.from({ length: counts.items }, (_, index) =>
    item(index + 1, `Ärende ${index + 1}: uppföljning av läget i vård och omsorg`, {
      kind: index % 2 === 0 ? 'beslut' : 'information',
      presenters: ['Crister Carlsson'],
      notes:
        'Bakgrund och diskussion om läget i länet.\n- Bemanning\n- Smittspridning\n- Vaccination\n\nRådet för en dialog om fortsatt arbete under våren.',
      decisions: ['att lägga informationen till handlingarna.'],
      actions:
        index < counts.actions
          ? [
              {
                owner: 'Tanja Mårtensson',
                task: `Uppdrag ${index + 1}: återkom med underlag`,
                due: '2021-05-20',
                dueNextMeeting: index % 3 === 0,
              },
            ]
          : [],
      situation:
        index === 0
          ? {
              roundTitle: 'Avstämning vecka 12',
              rows: organizations.map((organization, orgIndex) => ({
                organization,
                reportStatus: 'submitted' as const,
                filedOnBehalf: false,
                strainLevel: strainCycle[orgIndex % 4] ?? null,
                current: 'Ansträngt läge.',
                challenges: 'Bemanning.',
                input: null,
              })),
              summary: 'Flera organisationer har ansträngt läge.',
              indicators: [],
            }
          : undefined,
    }),
  );
  const extraActions = Math.max(0, counts.actions - counts.items);
  const lastItem = items.at(-1);
  if (lastItem)
    lastItem.actions.push(
      ...Array.from({ length: extraActions }, (_, index) => ({
        owner: 'Länsnätverket',
        task: `Extra uppdrag ${index + 1}`,
        due: null,
        dueNextMeeting: true,
      })),
    );
  return { ...base, attendance, items };
}
