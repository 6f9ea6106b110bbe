import { describe, expect, it } from 'vitest';
import { AddressBudgets, clientAddress, normaliseAddress } from './limits';
import { originAllowed, parseOrigins, securityHeaders } from './headers';

describe('budgets per address', () => {
  it('spends a burst, then refills by the minute and says when to come back', () => {
    let now = 0;
    const budget = new AddressBudgets({ burst: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3, 4].map(() => budget.spend('10.0.0.1').ok)).toEqual([true, true, true, false]);
    const refused = budget.spend('10.0.0.1');
    expect(refused).toEqual({ ok: false, retryAfterMs: 10_000 });
    expect(budget.spend('10.0.0.2').ok).toBe(true); // another address has its own
    now += 10_000;
    expect(budget.spend('10.0.0.1').ok).toBe(true);
    expect(budget.spend('10.0.0.1').ok).toBe(false);
  });

  it('keeps a bounded table: the stalest address goes first, and full buckets are swept', () => {
    let now = 0;
    const budget = new AddressBudgets({ burst: 2, perMinute: 60 }, () => now, 3);
    for (const a of ['a', 'b', 'c', 'd']) budget.spend(a);
    expect(budget.size).toBe(3);
    now += 5_000;
    budget.sweep();
    expect(budget.size).toBe(0);
  });

  it('reads the address a client comes from, and treats one IPv6 /64 as one client', () => {
    expect(normaliseAddress('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(normaliseAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64');
    expect(clientAddress('127.0.0.1', '203.0.113.9, 10.0.0.1', false)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.9, 10.0.0.1', true)).toBe('203.0.113.9');
  });
});

describe('origins and headers', () => {
  it('lets in this site and the configured origins, and no other page', () => {
    expect(originAllowed(undefined, 'localhost:4173', [])).toBe(true);
    expect(originAllowed('http://localhost:4173', 'localhost:4173', [])).toBe(true);
    expect(originAllowed('https://evil.example', 'localhost:4173', [])).toBe(false);
    expect(originAllowed('https://workshop.example.nl', '127.0.0.1:4173', parseOrigins('https://workshop.example.nl/, https://b.example'))).toBe(true);
    expect(originAllowed('null', 'localhost:4173', [])).toBe(false);
  });

  it('forbids inline script and framing unless a frame ancestor is configured', () => {
    const strict = securityHeaders();
    expect(strict['Content-Security-Policy']).toMatch(/script-src 'self';/);
    expect(strict['Content-Security-Policy']).not.toMatch(/unsafe/);
    expect(strict['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(strict['X-Frame-Options']).toBe('DENY');
    const framed = securityHeaders({ frameAncestors: ['https://elo.example.nl'] });
    expect(framed['Content-Security-Policy']).toMatch(/frame-ancestors https:\/\/elo\.example\.nl/);
    expect(framed['X-Frame-Options']).toBeUndefined();
  });
});
