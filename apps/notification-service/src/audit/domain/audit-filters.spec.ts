import { auditCondition } from './audit-filters';

describe('the audit filters', () => {
  it('asks nothing without filters', () => {
    expect(auditCondition({})).toEqual({ sql: '', params: [] });
  });

  it('takes a kind exactly, and an area as every kind in it', () => {
    expect(auditCondition({ kind: 'access.member-removed' })).toEqual({ sql: 'kind = ?', params: ['access.member-removed'] });
    expect(auditCondition({ kind: 'delegation' })).toEqual({ sql: 'kind like ?', params: ['delegation.%'] });
  });

  it('reads a day alone as up to the end of that day, and an instant as it is', () => {
    expect(auditCondition({ from: '2026-12-01', to: '2026-12-01' }).params).toEqual([
      new Date('2026-12-01T00:00:00Z'),
      new Date('2026-12-02T00:00:00Z'),
    ]);
    expect(auditCondition({ to: '2026-12-01T10:30:00Z' }).params).toEqual([new Date('2026-12-01T10:30:00Z')]);
  });

  it('finds a person among those who acted and those the change is about, with every filter joined', () => {
    expect(auditCondition({ kind: 'access', person: 'marc', from: '2026-01-01' })).toEqual({
      sql: 'kind like ? and at >= ? and (actor_user_id = ? or person_user_id = ?)',
      params: ['access.%', new Date('2026-01-01T00:00:00Z'), 'marc', 'marc'],
    });
  });
});
