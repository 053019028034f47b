import cluster, { type Worker } from 'node:cluster';

/**
 * `samverkan serve --workers N`: N app-server processes on one port through node:cluster. The primary
 * accepts each connection and hands it to the workers in turn (Node's round-robin on Linux), so one
 * busy process no longer caps a machine with several cores. The workers are whole app servers like
 * several behind a load balancer: sessions, rate limits, live updates and scheduled jobs are shared
 * through PostgreSQL, so any worker may answer any request.
 */

const STARTED = 'samverkan:started';

// A worker that keeps ending is not helped by starting it again: past this many ends within the
// window the server stops, so that a supervisor (systemd, Kubernetes) sees it fail.
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
// A worker stopping waits for its open requests and for pg-boss's running jobs (30 s at most).
const STOP_TIMEOUT_MS = 60_000;

export const isServeWorker = () => cluster.isWorker;

/** In a worker: tells the primary that this worker serves, at `url`. */
export function reportStarted(url: string) {
  process.send?.({ type: STARTED, url });
}

/**
 * Runs `workers` processes of this same command and keeps that many running: a worker that ends
 * unexpectedly is replaced (with a line in the log), unless workers keep ending. SIGTERM or SIGINT
 * stops every worker gracefully. Resolves with the status the primary should exit with: 0 after a
 * requested stop, otherwise non-zero.
 */
export function runPrimary(options: {
  workers: number;
  /** Once every worker of the first start serves. */
  onStarted(url: string): void;
  /** A line for the operator. */
  log(line: string): void;
}): Promise<number> {
  let resolve!: (status: number) => void;
  const stopped = new Promise<number>((done) => (resolve = done));
  const live = new Set<Worker>();
  const started = new Set<Worker>();
  const ends: number[] = [];
  let isStarting = true;
  let stoppingWith: number | undefined;

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type !== STARTED || !message.url) return;
      started.add(worker);
      if (!isStarting) options.log(`worker ${worker.process.pid} started`);
      else if (started.size === options.workers) {
        isStarting = false;
        options.onStarted(message.url);
      }
    });
  };

  const stop = (status: number) => {
    if (stoppingWith !== undefined) return;
    stoppingWith = status;
    for (const worker of live) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of live) {
        options.log(`worker ${worker.process.pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killed`);
        worker.process.kill('SIGKILL');
      }
    }, STOP_TIMEOUT_MS).unref();
    if (live.size === 0) resolve(status);
  };

  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    const wasStarted = started.delete(worker);
    const how = signal ? `signal ${signal}` : `status ${code}`;
    if (stoppingWith !== undefined) {
      if (code !== 0 && signal !== 'SIGTERM' && stoppingWith === 0) stoppingWith = 1;
      if (live.size === 0) resolve(stoppingWith);
      return;
    }
    const pid = worker.process.pid;
    if (!wasStarted && isStarting) {
      options.log(`worker ${pid} ended (${how}) before it served; stopping`);
      stop(code || 1);
      return;
    }
    const now = Date.now();
    ends.push(now);
    while (ends[0]! <= now - RESTART_WINDOW_MS) ends.shift();
    if (ends.length > MAX_RESTARTS) {
      options.log(
        `worker ${pid} ended (${how}), the ${ends.length}th within ${RESTART_WINDOW_MS / 1000} s; the server stops`,
      );
      stop(1);
      return;
    }
    options.log(`worker ${pid} ended unexpectedly (${how}); starting another`);
    fork();
  });

  process.once('SIGTERM', () => stop(0));
  process.once('SIGINT', () => stop(0));
  for (let i = 0; i < options.workers; i++) fork();
  return stopped;
}
