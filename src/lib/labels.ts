/**
 * Fixed English names for the codes the server stores and sends: an assignment's status, a
 * question's kind, an item-analysis flag. They live outside $lib/server so a page imports them
 * into its own code (and the browser caches them with it) instead of receiving the tables again
 * with every load's data; the server uses the same tables for its CSV exports and forms.
 */
import type { QuestionKind } from '$lib/text/types';

export type AssignmentStatus = 'not-started' | 'in-progress' | 'done' | 'late';

export const statusText: Record<AssignmentStatus, string> = {
	'not-started': 'Not started',
	'in-progress': 'In progress',
	done: 'Done',
	late: 'Late'
};

export type Flag =
	| 'negative-discrimination'
	| 'low-discrimination'
	| 'distractor-beats-key'
	| 'almost-all-right'
	| 'almost-all-wrong';

export const flagText: Record<Flag, string> = {
	'negative-discrimination': 'Strong students miss it more often than weak ones',
	'low-discrimination': 'Does not separate strong from weak students',
	'distractor-beats-key': 'Strong students chose a wrong option more often than the key',
	'almost-all-right': 'Almost everyone got it right',
	'almost-all-wrong': 'Almost everyone got it wrong'
};

export const kindNames: Record<QuestionKind, string> = {
	cloze: 'Fill the gap',
	fact: 'Fact',
	'true-false': 'True or false',
	'vocab-meaning': 'Word meaning',
	'vocab-word': 'Word for a meaning',
	'morphology-root': 'Root of a word',
	'morphology-affixes': 'Affixes of a word',
	order: 'Sentence order',
	why: 'Why (cause)',
	speaker: 'Who said it',
	reference: 'Who is meant',
	'amount-change': 'Size of a change'
};
export const questionKinds = Object.keys(kindNames) as QuestionKind[];

/** A learner's word status (stored as flags on the review card; see $lib/server/words). */
export type WordStatus = 'new' | 'learning' | 'known' | 'ignored';

export const wordStatusText: Record<WordStatus, string> = {
	new: 'New',
	learning: 'Learning',
	known: 'Known',
	ignored: 'Ignored'
};
