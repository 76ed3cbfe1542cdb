import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../src/statement-cache.ts';

describe('withStatementCache', () => {
  it('case: the same SQL is prepared once and gives fresh results each run', () => {
    const raw = new Sqlite(':memory:');
    raw.exec('create table t (n integer)');
    const db = withStatementCache(raw);
    const insert = db.prepare('insert into t values (?)');
    expect(db.prepare('insert into t values (?)')).toBe(insert);
    insert.run([1]);
    db.prepare('insert into t values (?)').run([2]);
    expect(db.prepare('select sum(n) as s from t').all([])).toEqual([{ s: 3 }]);
    db.prepare('insert into t values (?)').run([4]);
    expect(db.prepare('select sum(n) as s from t').all([])).toEqual([{ s: 7 }]);
    db.close();
  });

  it('case: keeps at most its capacity, dropping the least recently used', () => {
    const raw = new Sqlite(':memory:');
    const db = withStatementCache(raw, 2);
    const one = db.prepare('select 1');
    const two = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(one); // 2 is now the least recently used
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(one);
    expect(db.prepare('select 2')).not.toBe(two);
    db.close();
  });
});
