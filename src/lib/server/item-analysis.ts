/**
 * Classical item analysis of one assignment, pure (the report's queries gather the input).
 *
 * Each student counts once, with their first finished attempt: later attempts repeat the same
 * questions (assignments fix the selection) and would measure memory of the feedback.
 * - facility: the share of those asked who answered right.
 * - discrimination D: facility in the upper 27 % by total score minus facility in the lower
 *   27 % (Kelley's groups). Only reported when the groups do not overlap in score; with tied
 *   totals the split is arbitrary and D would be noise.
 * - point-biserial: the correlation of the item with the rest score (total without the item),
 *   so an item does not correlate with itself.
 * Flags follow the usual rules of thumb: D below 0 (strong students miss it more than weak
 * ones), D near 0, a distractor the upper group chose more often than the key, and facility
 * at the extremes (almost everyone right, or almost everyone wrong).
 */
import type { Flag } from '$lib/labels';
import { normaliseAnswer } from '$lib/text/question-utils';

export interface AnalysedQuestion {
	id: string;
	options: string[];
	answer: string;
	typed?: boolean;
}

export interface Taker {
	studentId: number;
	/** The question ids this student's attempt asked. */
	asked: string[];
	/** questionId -> the stored answer. */
	answers: Map<string, { response: string; correct: boolean }>;
}

export type { Flag };

export interface OptionCount {
	text: string;
	key: boolean;
	chosen: number;
	upper: number;
	lower: number;
}

export interface ItemStatistics {
	questionId: string;
	asked: number;
	answered: number;
	correct: number;
	facility: number | null;
	discrimination: number | null;
	pointBiserial: number | null;
	options: OptionCount[];
	flags: Flag[];
}

export const groupShare = 0.27;
const lowDiscrimination = 0.15;
const easy = 0.9;
const hard = 0.1;

export function analyseItems(questions: AnalysedQuestion[], takers: Taker[]): ItemStatistics[] {
	const totals = new Map(takers.map((t) => [t.studentId, scoreOf(t)]));
	const ranked = takers
		.slice()
		.sort(
			(a, b) => totals.get(b.studentId)! - totals.get(a.studentId)! || a.studentId - b.studentId
		);
	const size = ranked.length >= 2 ? Math.max(1, Math.round(ranked.length * groupShare)) : 0;
	const upper = new Set(ranked.slice(0, size).map((t) => t.studentId));
	const lower = new Set(ranked.slice(ranked.length - size).map((t) => t.studentId));
	const separated =
		size > 0 &&
		totals.get(ranked[size - 1].studentId)! > totals.get(ranked[ranked.length - size].studentId)!;
	return questions.map((q) => analyseOne(q, takers, { upper, lower, separated }));
}

/** The share of an attempt's questions answered right. */
export function scoreOf(taker: Taker): number {
	if (taker.asked.length === 0) return 0;
	return taker.asked.filter((id) => taker.answers.get(id)?.correct).length / taker.asked.length;
}

function analyseOne(
	q: AnalysedQuestion,
	takers: Taker[],
	groups: { upper: Set<number>; lower: Set<number>; separated: boolean }
): ItemStatistics {
	const askedBy = takers.filter((t) => t.asked.includes(q.id));
	const answers = askedBy.flatMap((t) => {
		const a = t.answers.get(q.id);
		return a ? [{ studentId: t.studentId, ...a }] : [];
	});
	const correct = askedBy.filter((t) => t.answers.get(q.id)?.correct).length;
	const facility = askedBy.length > 0 ? correct / askedBy.length : null;

	const inGroup = (group: Set<number>) => askedBy.filter((t) => group.has(t.studentId));
	const shareRight = (list: Taker[]) =>
		list.filter((t) => t.answers.get(q.id)?.correct).length / list.length;
	const [up, low] = [inGroup(groups.upper), inGroup(groups.lower)];
	const discrimination =
		groups.separated && up.length > 0 && low.length > 0
			? round(shareRight(up) - shareRight(low))
			: null;

	const options = countOptions(q, answers, groups);
	const keyInUpper = options.find((o) => o.key)?.upper ?? 0;
	const flags: Flag[] = [];
	if (askedBy.length >= 2 && facility !== null) {
		if (discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
		if (options.some((o) => !o.key && o.upper > keyInUpper)) flags.push('distractor-beats-key');
		if (facility >= easy) flags.push('almost-all-right');
		else if (facility <= hard) flags.push('almost-all-wrong');
		else if (discrimination !== null && discrimination >= 0 && discrimination < lowDiscrimination)
			flags.push('low-discrimination');
	}
	return {
		questionId: q.id,
		asked: askedBy.length,
		answered: answers.length,
		correct,
		facility: facility === null ? null : round(facility),
		discrimination,
		pointBiserial: pointBiserial(q.id, askedBy),
		options,
		flags
	};
}

/** Choices as offered (plus any stored response that is not one); typed answers by their normalised text, most frequent first. */
function countOptions(
	q: AnalysedQuestion,
	answers: { studentId: number; response: string; correct: boolean }[],
	groups: { upper: Set<number>; lower: Set<number> }
): OptionCount[] {
	const key = normaliseAnswer(q.answer);
	const counts = new Map<string, OptionCount>();
	const slot = (text: string) => {
		const norm = normaliseAnswer(text);
		let entry = counts.get(norm);
		if (!entry)
			counts.set(norm, (entry = { text, key: norm === key, chosen: 0, upper: 0, lower: 0 }));
		return entry;
	};
	if (q.typed) slot(q.answer);
	else for (const option of q.options) slot(option);
	for (const a of answers) {
		const entry = slot(a.response);
		entry.chosen += 1;
		if (groups.upper.has(a.studentId)) entry.upper += 1;
		if (groups.lower.has(a.studentId)) entry.lower += 1;
	}
	const list = [...counts.values()];
	return q.typed ? list.sort((a, b) => Number(b.key) - Number(a.key) || b.chosen - a.chosen) : list;
}

function pointBiserial(questionId: string, askedBy: Taker[]): number | null {
	if (askedBy.length < 3) return null;
	const rows = askedBy.map((t) => {
		const right = t.answers.get(questionId)?.correct === true;
		const others = t.asked.filter((id) => id !== questionId);
		const rest =
			others.length === 0
				? 0
				: others.filter((id) => t.answers.get(id)?.correct).length / others.length;
		return { right, rest };
	});
	const p = rows.filter((r) => r.right).length / rows.length;
	if (p === 0 || p === 1) return null;
	const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
	const all = rows.map((r) => r.rest);
	const m = mean(all);
	const sd = Math.sqrt(mean(all.map((x) => (x - m) ** 2)));
	if (sd === 0) return null;
	const m1 = mean(rows.filter((r) => r.right).map((r) => r.rest));
	const m0 = mean(rows.filter((r) => !r.right).map((r) => r.rest));
	return round(((m1 - m0) / sd) * Math.sqrt(p * (1 - p)));
}

const round = (x: number) => Math.round(x * 100) / 100;
