import { ADVISORY_LOCK_KEYS } from '../src';

/**
 * The advisory lock keys are a contract between replicas of two releases during a rollout: a key
 * that changed would let an old and a new replica migrate, or append to the feed, at the same time.
 */
describe('advisory lock keys', () => {
  const schemas = ['profiles', 'missions', 'approvals', 'access', 'rate_limits'];

  it('stay what the running releases use', () => {
    expect(schemas.map((schema) => ADVISORY_LOCK_KEYS.migrations(schema))).toEqual([
      -1871240596, -2075777303, 1214364750, -2018778010, -177896811,
    ]);
    expect(['profiles', 'missions', 'approvals'].map((schema) => ADVISORY_LOCK_KEYS.feed(schema))).toEqual([
      -873422573, -1077959280, 2081952391,
    ]);
    expect(ADVISORY_LOCK_KEYS.matches()).toBe(0x6d617463);
  });

  it('never share a key between two jobs', () => {
    const keys = [
      ...schemas.map((schema) => ADVISORY_LOCK_KEYS.migrations(schema)),
      ...schemas.map((schema) => ADVISORY_LOCK_KEYS.feed(schema)),
      ADVISORY_LOCK_KEYS.matches(),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
