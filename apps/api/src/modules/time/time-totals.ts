import type { Context } from '../../platform/graphql/context';
import type { TimeTotals } from './time.loaders';
import type { TimeTotalsType } from './time.types';

/** Hides money figures from roles without financials.view. */
export const totalsFor = (ctx: Pick<Context, 'can'>, t: TimeTotals): TimeTotalsType => {
  const fin = ctx.can('financials.view');
  return {
    minutes: t.minutes,
    billableMinutes: t.billableMinutes,
    billableValue: fin ? t.billableValue : null,
    cost: fin ? t.cost : null,
  };
};
