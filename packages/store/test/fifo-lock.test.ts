// The SQLite connection is handed out in the order it was asked for, however the event loop wakes.
import { describe, expect, it } from 'vitest';
import { FifoLock } from '../src/fifo-sqlite-dialect.ts';

describe('FifoLock', () => {
  it('case: ten waiters get the lock in the order they asked, and a newcomer waits behind them', async () => {
    const lock = new FifoLock();
    await lock.acquire();
    const order: number[] = [];
    const waiters = Array.from({ length: 10 }, (_, i) =>
      lock.acquire().then(async () => {
        order.push(i);
        await new Promise((r) => setTimeout(r, 1));
        lock.release();
      }),
    );
    lock.release();
    // Asked after the ten, while the first of them holds the lock: served last.
    const late = lock.acquire().then(() => {
      order.push(99);
      lock.release();
    });
    await Promise.all([...waiters, late]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99]);
  });

  it('case: released with no one waiting, the next acquire does not wait', async () => {
    const lock = new FifoLock();
    await lock.acquire();
    lock.release();
    let got = false;
    void lock.acquire().then(() => (got = true));
    await Promise.resolve();
    expect(got).toBe(true);
  });
});
