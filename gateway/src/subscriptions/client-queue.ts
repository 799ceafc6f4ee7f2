import { BoundedQueue } from '@talents/platform';
import type { FormattedExecutionResult } from 'graphql';
import { millisecondsFrom } from './settings';

/** What one client may leave waiting before it is taken for a slow one (docs/subscriptions.md). */
export interface SlowClientLimits {
  /** Completed events waiting for graphql-ws to send them. */
  maxQueuedEvents: number;
  /** Bytes written to the socket and not yet sent. */
  maxBufferedBytes: number;
  /** How long a full queue may stay full (the client reads nothing) before the client is dropped. */
  slowClientMs: number;
}

/** `SUBSCRIPTION_SLOW_CLIENT_MS` (default 10 s) and the fixed bounds beside it. */
export function slowClientLimits(env: NodeJS.ProcessEnv = process.env): SlowClientLimits {
  return {
    maxQueuedEvents: 100,
    maxBufferedBytes: 1 << 20,
    slowClientMs: millisecondsFrom(env, 'SUBSCRIPTION_SLOW_CLIENT_MS', 10_000),
  };
}

/**
 * The events of one subscription on their way to its client. A full queue makes the gateway wait
 * (the completion of the next events, and the subscription upstream, pause with it) rather than
 * drop the client: a healthy client catching up on a long backlog is only busy. A client is slow
 * when its queue stays full for `slowClientMs`, or its socket holds more than `maxBufferedBytes`.
 */
export class ClientQueue {
  readonly events: BoundedQueue<FormattedExecutionResult>;

  constructor(
    private readonly limits: SlowClientLimits,
    /** Bytes the client's socket has not sent yet. */
    private readonly unsent: () => number,
    onClose: () => void,
  ) {
    this.events = new BoundedQueue(limits.maxQueuedEvents, onClose);
  }

  /** Queues `result`; false when the client is too slow to take it (nothing was queued). */
  async deliver(result: FormattedExecutionResult): Promise<boolean> {
    if (this.events.done) return true;
    if (this.unsent() > this.limits.maxBufferedBytes) return false;
    if (this.events.offer(result)) return true;
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<'stalled'>((resolve) => {
      timer = setTimeout(() => resolve('stalled'), this.limits.slowClientMs);
    });
    const outcome = await Promise.race([this.events.room().then(() => 'room' as const), stalled]);
    clearTimeout(timer);
    if (outcome === 'stalled') return false;
    return this.events.done || this.events.offer(result);
  }

  /** Events waiting (tests, metrics). */
  get length(): number {
    return this.events.length;
  }
}
