import { describe, expect, it } from 'vitest';
import { cssColor, inningLabel, ordinal, outsText, stateInningLabel, textOn, whoseMove } from '../../src/rules/format';
import { gameState } from './fixtures';

describe('inning labels', () => {
  it('says Top and Bot with the inning', () => {
    expect(inningLabel('active', 3, 'top')).toBe('Top 3');
    expect(inningLabel('active', 7, 'bottom')).toBe('Bot 7');
  });
  it('says Pregame before the first pitch', () => {
    expect(inningLabel('pending', 1, 'top')).toBe('Pregame');
    expect(inningLabel('active', 0, 'top')).toBe('Pregame');
  });
  it('says Final, with the inning only after extras', () => {
    expect(inningLabel('completed', 9, 'bottom')).toBe('Final');
    expect(inningLabel('completed', 10, 'bottom')).toBe('Final/10');
    expect(inningLabel('completed', 7, 'top', 7)).toBe('Final');
    expect(inningLabel('completed', 8, 'bottom', 7)).toBe('Final/8');
  });
  it('reads a game state: lineups phase is Pregame, a completed game counts its innings', () => {
    expect(stateInningLabel(gameState({ phase: 'awaiting_lineups', status: 'pending' }))).toBe('Pregame');
    expect(stateInningLabel(gameState({ inning: 4, half: 'bottom' }))).toBe('Bot 4');
    const eleven = Array.from({ length: 11 }, () => 0);
    expect(
      stateInningLabel(gameState({ status: 'completed', phase: 'game_over', inning: 11, line_score: { home: eleven, away: eleven } })),
    ).toBe('Final/11');
    const nine = Array.from({ length: 9 }, () => 0);
    expect(
      stateInningLabel(gameState({ status: 'completed', phase: 'game_over', inning: 9, line_score: { home: nine.slice(0, 8), away: nine } })),
    ).toBe('Final');
  });
});

describe('words', () => {
  it('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
  it('outs', () => {
    expect(outsText(1)).toBe('1 out');
    expect(outsText(2)).toBe('2 outs');
  });
  it('whose move', () => {
    const names = { home: 'NYY', away: 'BOS' };
    expect(whoseMove('awaiting_defensive', 'home', names, 'home')).toBe('Your move: defense');
    expect(whoseMove('awaiting_defensive', 'home', names, 'away')).toBe('Waiting for NYY: defense');
    expect(whoseMove('awaiting_roll', 'either', names, null)).toBe('Either side: the roll');
    expect(whoseMove('game_over', null, names, 'home')).toBe('Game over');
  });
});

describe('colours', () => {
  it('adds the # and rejects junk', () => {
    expect(cssColor('a6ce39')).toBe('#a6ce39');
    expect(cssColor('#123')).toBe('#123');
    expect(cssColor('javascript:alert(1)')).toBe('#555b66');
    expect(cssColor(null, '#000')).toBe('#000');
  });
  it('picks readable text', () => {
    expect(textOn('ffffff')).toBe('#111418');
    expect(textOn('ffd700')).toBe('#111418');
    expect(textOn('003087')).toBe('#ffffff');
  });
});
