import type { Actor } from '../auth/service.ts';
import type { Announcement } from './service.ts';
import { liveEvents } from './events.ts';

/** One open event stream: its writer and the session it was opened with. */
export interface Stream {
  actor: Actor;
  sessionToken: string;
  /** Writes raw text/event-stream lines; false when the client does not keep up. */
  write: (text: string) => boolean;
  end: () => void;
}

export interface HubOptions {
  maxStreamsPerUser: number;
  /** Looks the session up again (roles change, sessions end), without extending it. */
  findSessionActor: (token: string) => Promise<Actor | undefined>;
  onError: (error: unknown) => void;
}

/** An SSE frame: the data is one line of JSON, so no line of it can end the frame early. */
export const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The open streams of this app server: its only state, lost on restart without harm because the
 * clients reconnect and refetch.
 */
export function createHub(options: HubOptions) {
  const streams = new Set<Stream>();

  const streamsOf = (userId: string) => [...streams].filter((s) => s.actor.id === userId).length;

  // A client whose buffer fills does not read; it reconnects and refetches once it does.
  const send = (stream: Stream, text: string) => {
    if (!stream.write(text)) drop(stream);
  };

  const drop = (stream: Stream) => {
    if (streams.delete(stream)) stream.end();
  };

  return {
    get size() {
      return streams.size;
    },
    hasRoomFor: (userId: string) => streamsOf(userId) < options.maxStreamsPerUser,
    add: (stream: Stream) => void streams.add(stream),
    remove: (stream: Stream) => void streams.delete(stream),

    announce(announcement: Announcement) {
      const text = frame(liveEvents.change, announcement.change);
      for (const stream of streams) if (announcement.isVisibleTo(stream.actor)) send(stream, text);
    },

    /** Notifications may have been missed: every client refetches what it shows. */
    resync() {
      const text = frame(liveEvents.resync, {});
      for (const stream of streams) send(stream, text);
    },

    /**
     * Keeps proxies from cutting idle streams, and checks each session once per beat: a stream
     * whose session ended closes (the client's reconnect then gets a 401), and changed roles apply.
     */
    async heartbeat() {
      const tokens = new Set([...streams].map((s) => s.sessionToken));
      const actors = new Map<string, Actor | undefined>();
      for (const token of tokens) {
        try {
          actors.set(token, await options.findSessionActor(token));
        } catch (error) {
          options.onError(error);
          return;
        }
      }
      for (const stream of streams) {
        if (!actors.has(stream.sessionToken)) continue;
        const actor = actors.get(stream.sessionToken);
        if (!actor) {
          drop(stream);
          continue;
        }
        stream.actor = actor;
        send(stream, ': heartbeat\n\n');
      }
    },

    closeAll() {
      for (const stream of [...streams]) drop(stream);
    },
  };
}

export type Hub = ReturnType<typeof createHub>;
