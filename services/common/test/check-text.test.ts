import { GraphQLError } from 'graphql';
import { checkText, TEXT_MESSAGES } from '@talents/common';

/** The error `checkText` throws, as a client reads it. */
function faultOf(run: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error('no fault');
}

describe('checkText: one rule for a text argument checked where it is used', () => {
  const reason = { required: 'Indiquez le motif.', max: 10, tooLong: 'Dix caractères au plus.' };

  it('gives the text as stored: edges and invisible characters removed, inner lines kept', () => {
    expect(checkText('  \u200Bun motif\u00A0 ', 'reason', reason)).toBe('un motif');
    expect(checkText('un\nmotif', 'reason', reason)).toBe('un\nmotif');
  });

  it('counts characters once cleaned: exactly max passes, one more is too long', () => {
    expect(checkText(`  ${'a'.repeat(10)}  `, 'reason', reason)).toBe('a'.repeat(10));
    expect(faultOf(() => checkText('a'.repeat(11), 'reason', reason))).toEqual({
      message: 'Dix caractères au plus.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'reason',
        fields: [{ field: 'reason', message: 'Dix caractères au plus.' }],
      },
    });
    expect(faultOf(() => checkText('a'.repeat(3), 'text', { max: 2 })).message).toBe('Au plus 2 caractères.');
  });

  it('refuses an empty required text, blank or invisible-only, null and undefined alike', () => {
    for (const value of ['', '   ', '\u200B\u2800', null, undefined]) {
      expect(faultOf(() => checkText(value, 'reason', reason)).message).toBe('Indiquez le motif.');
    }
  });

  it('turns an empty optional text into null', () => {
    for (const value of ['', ' \u200B ', null, undefined]) expect(checkText(value, 'comment')).toBeNull();
  });

  it('names malformed text before emptiness or length: control, surrogate, line breaks where refused', () => {
    expect(faultOf(() => checkText('a\u0000', 'reason', reason)).message).toBe(TEXT_MESSAGES.control);
    expect(faultOf(() => checkText('\uD800', 'reason', reason)).message).toBe(TEXT_MESSAGES.surrogate);
    expect(faultOf(() => checkText('a\nb', 'email', { multiline: false })).message).toBe(
      TEXT_MESSAGES.singleLine,
    );
    expect(faultOf(() => checkText(`\u0000${'a'.repeat(20)}`, 'reason', reason)).extensions.field).toBe(
      'reason',
    );
  });
});
