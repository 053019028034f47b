import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import { findSessionActor, SESSION_COOKIE } from '../auth/service.ts';
import type { App } from '../platform/http.ts';
import { liveErrors } from './errors.ts';
import { createHub, type Stream } from './hub.ts';
// Loading the schema registers LiveChange, the events' data, as a component of the OpenAPI document:
// the route itself answers with text.
import './schema.ts';
import { announcementOf, announcePending, CHANGES_CHANNEL } from './service.ts';

/** Tabs and windows per user; each holds a connection to the app server for as long as it is open. */
export const MAX_STREAMS_PER_USER = 10;
const HEARTBEAT_MS = 25_000;
/** How long a browser waits before it reconnects a lost stream. */
const RETRY_MS = 2_000;

const streamDescription = `A text/event-stream of the changes the signed-in user may read, from the moment it opens:
\`event: change\` with a LiveChange as JSON (ids and kind only; fetch the record through the API), and
\`event: resync\` when changes may have been missed (refetch everything). A comment line every ${HEARTBEAT_MS / 1000} s keeps
it open. It closes when the session ends. At most ${MAX_STREAMS_PER_USER} streams per user (429 beyond).`;

export async function liveRoutes(app: App, ctx: AppContext) {
  const hub = createHub({
    maxStreamsPerUser: MAX_STREAMS_PER_USER,
    findSessionActor: (token) => findSessionActor(ctx.db, token),
    onError: (error) => app.log.error({ err: error }, 'live stream'),
  });
  // One LISTEN per app server, however many streams it serves.
  const unlisten = await ctx.database.listen(CHANGES_CHANNEL, {
    onMessage: (payload) => {
      // Working out who may hear of a change costs queries; with nobody listening here there is no one to tell.
      if (hub.size === 0) return;
      announcementOf(ctx.db, payload).then(
        (announcement) => announcement && hub.announce(announcement),
        (error: unknown) => app.log.error({ err: error }, 'live change could not be resolved'),
      );
    },
    onReconnect: () => hub.resync(),
  });
  const heartbeat = setInterval(() => void hub.heartbeat(), HEARTBEAT_MS);
  heartbeat.unref();
  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    hub.closeAll();
  });
  app.addHook('onClose', async () => {
    await announcePending(ctx.db);
    await unlisten();
  });

  app.get('/api/events', {
    schema: {
      tags: ['live'],
      summary: 'Live changes (server-sent events) to what the user may read, so open pages update without a reload',
      description: streamDescription,
      response: {
        200: {
          description: 'The event stream',
          content: { 'text/event-stream': { schema: z.string() } },
        },
      },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      if (!hub.hasRoomFor(actor.id)) throw liveErrors.tooManyStreams(MAX_STREAMS_PER_USER);
      // The stream is written by hand: no serializer, and no compression, which would hold events back.
      reply.hijack();
      const response = reply.raw;
      // The headers set so far (the security headers) go out with the stream.
      response.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string | string[]>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // Reverse proxies (nginx) would otherwise buffer the stream.
        'x-accel-buffering': 'no',
        // An ended stream's connection is not reused: kept alive, it would hold a closing server open.
        connection: 'close',
      });
      response.write(`retry: ${RETRY_MS}\n\n`);
      const stream: Stream = {
        actor,
        sessionToken: request.cookies[SESSION_COOKIE]!,
        write: (text) => response.write(text),
        end: () => response.end(),
      };
      hub.add(stream);
      request.raw.socket.setKeepAlive(true);
      response.on('close', () => hub.remove(stream));
    },
  });
}
