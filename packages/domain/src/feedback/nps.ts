import { badInput } from '../errors/domain-error';
import { cleanText } from '../validation/text';

/** Net Promoter Score: "How likely are you to recommend us?" on a 0–10 scale. */
export const NPS_CATEGORIES = ['DETRACTOR', 'PASSIVE', 'PROMOTER'] as const;
export type NpsCategory = (typeof NPS_CATEGORIES)[number];

export const MAX_FEEDBACK_COMMENT = 2000;

export function assertNpsScore(score: number): number {
  if (!Number.isInteger(score) || score < 0 || score > 10)
    throw badInput('score', 'score must be a whole number from 0 to 10');
  return score;
}

export function assertFeedbackComment(comment: string | null | undefined): string | null {
  const text = cleanText(comment);
  if (text && text.length > MAX_FEEDBACK_COMMENT)
    throw badInput('comment', `comment must be at most ${MAX_FEEDBACK_COMMENT} characters`);
  return text;
}

/** 9–10 promoter, 7–8 passive, 0–6 detractor (the standard NPS bands). */
export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'PROMOTER';
  if (score >= 7) return 'PASSIVE';
  return 'DETRACTOR';
}

/** % promoters − % detractors, rounded half away from zero to a whole number (−100…100); null without answers. */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  let promoters = 0;
  let detractors = 0;
  for (const s of scores) {
    const c = npsCategory(s);
    if (c === 'PROMOTER') promoters += 1;
    else if (c === 'DETRACTOR') detractors += 1;
  }
  const value = ((promoters - detractors) * 100) / scores.length;
  return Math.sign(value) * Math.round(Math.abs(value));
}
