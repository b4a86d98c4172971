// The wire contract is shared with the Rust side: crates/protocol's fixtures list every inbound event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_EVENTS } from '../../src/protocol';

const fixture = JSON.parse(
  readFileSync(join(__dirname, '../../../crates/protocol/tests/fixtures/inbound_valid.json'), 'utf8'),
) as { event: string; payload: Record<string, unknown> }[];

describe('client events agree with crates/protocol', () => {
  it('names the same events', () => {
    expect([...new Set(fixture.map((f) => f.event))].sort()).toEqual([...CLIENT_EVENTS].sort());
  });
  it('the outcome answer and a stamped action use the fields the server parses', () => {
    const outcome = fixture.find((f) => f.event === 'submit_manual_outcome');
    expect(Object.keys(outcome?.payload ?? {}).sort()).toEqual(['error', 'game_id', 'hit_location', 'outcome', 'roll_id']);
    const defense = fixture.find((f) => f.event === 'submit_defensive_decision');
    expect(defense?.payload).toHaveProperty('action_id');
    expect(defense?.payload).toHaveProperty('expected_version');
  });
});
