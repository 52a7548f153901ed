import { averageTicket, computeClientMetrics, marginPercent } from './client-metrics';

describe('client metrics', () => {
  it('averages the ticket per project, null without projects', () => {
    expect(averageTicket(100_000, 3)).toBe(33_333);
    expect(averageTicket(5, 2)).toBe(3);
    expect(averageTicket(0, 0)).toBeNull();
  });
  it('computes the margin from billable value and cost of time', () => {
    expect(marginPercent(10_000, 4_000)).toBe(60);
    expect(marginPercent(3_000, 4_000)).toBe(-33.3);
    expect(marginPercent(0, 100)).toBeNull();
  });
  it('derives everything from the aggregates and today', () => {
    const m = computeClientMetrics(
      {
        totalProjects: 2,
        activeProjects: 1,
        totalValue: 300_000,
        firstProjectDate: '2026-01-01',
        billableMinuteRate: String(120 * 10_000), // 2 h at 100.00/h
        costMinuteRate: 120 * 4_000,
      },
      '2026-03-01',
    );
    expect(m).toEqual({
      totalProjects: 2,
      activeProjects: 1,
      totalValue: 300_000,
      averageTicket: 150_000,
      relationshipDays: 59,
      billableValue: 20_000,
      costOfTime: 8_000,
      marginPercent: 60,
    });
  });
  it('has no relationship time without projects', () => {
    const m = computeClientMetrics(
      {
        totalProjects: 0,
        activeProjects: 0,
        totalValue: 0,
        firstProjectDate: null,
        billableMinuteRate: 0,
        costMinuteRate: 0,
      },
      '2026-03-01',
    );
    expect(m.relationshipDays).toBeNull();
    expect(m.averageTicket).toBeNull();
    expect(m.marginPercent).toBeNull();
  });
});
