import { describe, expect, it } from 'vitest';
import { answerNoteProblem, isNoArmrests } from '@shared/domain/ergonomics/answer-notes';

const chair = { seatHeight: { base: 'ok' }, seatDepth: { base: 'ok' }, armrests: { base: 'tooHighOrLow' }, backSupport: { base: 'ok' }, duration: 1 } as const;

describe('the notes beside ROSA answers', () => {
  it('stand when each disputed time category has its reason', () => {
    expect(answerNoteProblem({ rosa: { chair }, durationWhy: { chair: 'Seated 6 h, but up every 20 min to the counter' } })).toBeNull();
    expect(answerNoteProblem({ rosa: { chair } })).toBeNull();
  });

  it('ask for the reason of a time category said to be disputed, naming the part in plain words', () => {
    expect(answerNoteProblem({ rosa: { chair }, durationWhy: { chair: 'fine', mouse: '  ' } })).toEqual({ field: 'durationWhy.mouse', message: 'say why you picked the time for the mouse' });
    expect(answerNoteProblem({ rosa: { chair }, durationWhy: { chair: '' } })?.message).toBe('say why you picked the time for the chair');
  });

  it('take "no armrests" only as ROSA scores it: arms unsupported, nothing else ticked', () => {
    expect(answerNoteProblem({ rosa: { chair }, noArmrests: true })).toBeNull();
    expect(answerNoteProblem({ rosa: { chair: { ...chair, armrests: { base: 'ok' } } }, noArmrests: true })?.field).toBe('rosa.chair.armrests');
    expect(answerNoteProblem({ rosa: { chair: { ...chair, armrests: { base: 'tooHighOrLow', tooWide: true } } }, noArmrests: true })?.field).toBe('rosa.chair.armrests');
    expect(isNoArmrests(undefined)).toBe(false);
  });
});
