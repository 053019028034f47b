import { EventSource } from 'eventsource';
import { MAX_STREAMS_PER_USER } from '../src/live/routes.ts';
import { draft, onEachBackend, openBackend, prepare, signIn, startServer, type Backend } from './submissions.ts';
import { percentile, stop } from './support.ts';

const VIEWERS = 200;
const SUBMITS = 30;
/** A submit not delivered to a viewer within this counts as missed. */
const GIVE_UP_MS = 5_000;

interface Viewer {
  source: EventSource;
  /** Called with the time a report event arrives. */
  onReport?: (at: number) => void;
}

function openViewer(base: string, cookie: string): Promise<Viewer> {
  const viewer: Viewer = {
    source: new EventSource(`${base}/api/events`, {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, cookie } }),
    }),
  };
  viewer.source.addEventListener('change', (event) => {
    if ((JSON.parse(event.data) as { kind: string }).kind === 'report') viewer.onReport?.(performance.now());
  });
  return new Promise((resolve, reject) => {
    viewer.source.onopen = () => resolve(viewer);
    viewer.source.onerror = (error) => reject(new Error(`stream refused: ${error.code ?? error.message}`));
  });
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

async function benchOne(backend: Backend) {
  const { openRoundId, forumId } = await prepare(backend);
  const database = await openBackend(backend);
  const organizationId = await database.db
    .selectFrom('forumMembers')
    .select('organizationId')
    .where('forumId', '=', forumId)
    .orderBy('position')
    .limit(1)
    .executeTakeFirstOrThrow();
  await database.close();
  const { child, base } = await startServer(backend);
  const viewers: Viewer[] = [];
  try {
    // Reporters of the forum see its lägesbild; each has as many tabs open as one user may.
    const users = Math.ceil(VIEWERS / MAX_STREAMS_PER_USER);
    for (let u = 0; u < users; u++) {
      const cookie = await signIn(base, `reporter${u + 2}@bench.example`);
      const tabs = Math.min(MAX_STREAMS_PER_USER, VIEWERS - viewers.length);
      viewers.push(...(await Promise.all(Array.from({ length: tabs }, () => openViewer(base, cookie)))));
    }
    const cookie = await signIn(base, 'reporter1@bench.example');
    const headers = { cookie, 'content-type': 'application/json', 'samverkan-client': 'bench' };
    const url = `${base}/api/rounds/${openRoundId}/reports/${organizationId.organizationId}`;
    let revision = ((await (await fetch(url, { headers })).json()) as { revision: number }).revision;

    const submitMs: number[] = [];
    const deliveryMs: number[] = [];
    let missed = 0;
    for (let n = 0; n < SUBMITS; n++) {
      const saved = await fetch(url, { method: 'PUT', headers, body: draft(revision, n) });
      revision = ((await saved.json()) as { revision: number }).revision;
      let pending = viewers.length;
      let allDelivered!: () => void;
      const delivered = new Promise<void>((resolve) => (allDelivered = resolve));
      const started = performance.now();
      for (const viewer of viewers)
        viewer.onReport = (at) => {
          viewer.onReport = undefined;
          deliveryMs.push(at - started);
          if (--pending === 0) allDelivered();
        };
      const submitted = await fetch(`${url}/submit`, { method: 'POST', headers, body: JSON.stringify({ revision }) });
      if (submitted.status !== 200) throw new Error(`submit answered ${submitted.status}`);
      await submitted.arrayBuffer();
      submitMs.push(performance.now() - started);
      await Promise.race([delivered, new Promise((resolve) => setTimeout(resolve, GIVE_UP_MS))]);
      missed += pending;
      for (const viewer of viewers) viewer.onReport = undefined;
    }
    submitMs.sort((a, b) => a - b);
    deliveryMs.sort((a, b) => a - b);
    return {
      database: backend.kind,
      viewers: viewers.length,
      submits: SUBMITS,
      baselineSubmit: { p50Ms: round1(percentile(submitMs, 50)), p99Ms: round1(percentile(submitMs, 99)) },
      delivery: {
        p50Ms: round1(percentile(deliveryMs, 50)),
        p99Ms: round1(percentile(deliveryMs, 99)),
        maxMs: round1(deliveryMs.at(-1) ?? NaN),
        missed,
      },
      note: 'delivery = from sending the submit (POST) to the report event at each viewer, so it includes the submit itself (the baseline); server in its own process, viewers in this one',
    };
  } finally {
    for (const viewer of viewers) viewer.source.close();
    await stop(child);
  }
}

/** Issue 13 point 6: from a submitted report to the event at 200 open lägesbilder (target p99 ≤ 1 s). */
export function benchLive() {
  return onEachBackend('live', benchOne);
}
