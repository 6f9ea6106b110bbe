// Budgets per client address: token buckets that refill over time. One room behind one NAT (300
// phones joining within a minute, some of them mistyping the code) stays far inside them; one
// client that reconnects to reset a per-connection limit does not, because the budget belongs to
// the address. The table of addresses is bounded: when it is full the stalest entry goes.

export interface Budget {
  /** What may be spent at once. */
  burst: number;
  /** What comes back per minute. */
  perMinute: number;
}

export type BudgetKind = 'connect' | 'join' | 'create' | 'miss';

/**
 * The defaults, each sized against a real room:
 * - connect: new WebSocket connections; 300 phones plus their reconnects after a Wi-Fi hiccup;
 * - join: new participants (a rejoin with a token is free); a room of 300 at once, the next room
 *   an hour later;
 * - create: new sessions; a facilitator or a teacher opens a handful, never hundreds;
 * - miss: codes that name no session; people mistype, but guessing 31⁶ codes needs millions.
 */
export const DEFAULT_BUDGETS: Record<BudgetKind, Budget> = {
  connect: { burst: 600, perMinute: 300 },
  join: { burst: 400, perMinute: 20 },
  create: { burst: 6, perMinute: 0.5 },
  miss: { burst: 30, perMinute: 12 },
};

export type Spend = { ok: true } | { ok: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class AddressBudgets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly budget: Budget,
    private readonly now: () => number = Date.now,
    private readonly maxAddresses = 100_000,
  ) {}

  private refilled(address: string): Bucket {
    const t = this.now();
    const known = this.buckets.get(address);
    const bucket = known ? { tokens: Math.min(this.budget.burst, known.tokens + ((t - known.at) / 60_000) * this.budget.perMinute), at: t } : { tokens: this.budget.burst, at: t };
    // Re-inserted so the map stays ordered by last use: the first entry is the stalest.
    this.buckets.delete(address);
    this.buckets.set(address, bucket);
    if (this.buckets.size > this.maxAddresses) this.buckets.delete(this.buckets.keys().next().value!);
    return bucket;
  }

  /** Whether one more may be spent now. */
  check(address: string): Spend {
    const bucket = this.refilled(address);
    if (bucket.tokens >= 1) return { ok: true };
    return { ok: false, retryAfterMs: this.budget.perMinute > 0 ? Math.ceil(((1 - bucket.tokens) / this.budget.perMinute) * 60_000) : 3_600_000 };
  }

  /** Spends one if there is one. */
  spend(address: string): Spend {
    const result = this.check(address);
    if (result.ok) this.buckets.get(address)!.tokens -= 1;
    return result;
  }

  /** Drops addresses whose bucket is full again: they are no different from a new one. */
  sweep(): void {
    const t = this.now();
    for (const [address, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 60_000) * this.budget.perMinute >= this.budget.burst) this.buckets.delete(address);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** The client's address: the socket's peer, or with a trusted proxy the first X-Forwarded-For hop. */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  if (trustProxy && forwardedFor) {
    const first = (Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor)?.split(',')[0]?.trim();
    if (first) return normaliseAddress(first);
  }
  return normaliseAddress(peer ?? 'unknown');
}

/** IPv4 written as IPv6 is the same client; IPv6 clients get a /64 each, as one household does. */
export function normaliseAddress(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1]!;
  if (address.includes(':')) {
    const parts = expandV6(address);
    return parts ? `${parts.slice(0, 4).join(':')}::/64` : address;
  }
  return address;
}

function expandV6(address: string): string[] | null {
  const [head, tail] = address.split('::');
  const a = head ? head.split(':') : [];
  const b = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  if (tail === undefined && a.length !== 8) return null;
  const fill = 8 - a.length - b.length;
  if (fill < 0) return null;
  return [...a, ...Array<string>(fill).fill('0'), ...b].map((p) => p.toLowerCase().replace(/^0+(?=.)/, ''));
}
