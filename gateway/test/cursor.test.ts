import { isLaterCursor, seqOfCursor } from '../src/subscriptions/cursor';

const cursorOf = (seq: string) => Buffer.from(`feed:${seq}`, 'utf8').toString('base64url');

describe('feed cursors at the gateway', () => {
  it('reads the sequence number a cursor carries, and nothing else', () => {
    expect(seqOfCursor(cursorOf('1000'))).toBe(1000n);
    expect(seqOfCursor(cursorOf('999999999999999999'))).toBe(999_999_999_999_999_999n);
    expect(seqOfCursor('pas-un-curseur')).toBeNull();
    expect(seqOfCursor(cursorOf('12a'))).toBeNull();
    expect(seqOfCursor(null)).toBeNull();
  });

  it('compares cursors as numbers: 1000 comes after 999, and 10 after 9', () => {
    expect(isLaterCursor(cursorOf('1000'), cursorOf('999'))).toBe(true);
    expect(isLaterCursor(cursorOf('999'), cursorOf('1000'))).toBe(false);
    expect(isLaterCursor(cursorOf('10'), cursorOf('9'))).toBe(true);
    expect(isLaterCursor(cursorOf('7'), cursorOf('7'))).toBe(false);
    expect(isLaterCursor(cursorOf('1'), null)).toBe(true);
    expect(isLaterCursor(undefined, cursorOf('1'))).toBe(false);
  });
});
