/**
 * Names for the codes the server stores and sends, in the interface language: an assignment's
 * status, a question's kind, an item-analysis flag, a word's status. They live outside $lib/server
 * so a page imports them into its own code (and the browser caches them with it) instead of
 * receiving the tables again with every load's data; the server uses the same names for its CSV
 * exports and forms. Functions, not tables: the language is the request's (or the page's).
 */
import { m } from '$lib/paraglide/messages';
import type { QuestionKind } from '$lib/text/types';

export type AssignmentStatus = 'not-started' | 'in-progress' | 'done' | 'late';

const statusMessages: Record<AssignmentStatus, () => string> = {
	'not-started': m.status_not_started,
	'in-progress': m.status_in_progress,
	done: m.status_done,
	late: m.status_late
};
export const statusText = (status: AssignmentStatus) => statusMessages[status]();

export type Flag =
	| 'negative-discrimination'
	| 'low-discrimination'
	| 'distractor-beats-key'
	| 'almost-all-right'
	| 'almost-all-wrong';

const flagMessages: Record<Flag, () => string> = {
	'negative-discrimination': m.flag_negative_discrimination,
	'low-discrimination': m.flag_low_discrimination,
	'distractor-beats-key': m.flag_distractor_beats_key,
	'almost-all-right': m.flag_almost_all_right,
	'almost-all-wrong': m.flag_almost_all_wrong
};
export const flagText = (flag: Flag) => flagMessages[flag]();

const kindMessages: Record<QuestionKind, () => string> = {
	cloze: m.kind_cloze,
	fact: m.kind_fact,
	'true-false': m.kind_true_false,
	'vocab-meaning': m.kind_vocab_meaning,
	'vocab-word': m.kind_vocab_word,
	'morphology-root': m.kind_morphology_root,
	'morphology-affixes': m.kind_morphology_affixes,
	order: m.kind_order,
	why: m.kind_why,
	speaker: m.kind_speaker,
	reference: m.kind_reference,
	role: m.kind_role,
	'amount-change': m.kind_amount_change,
	'how-many': m.kind_how_many
};
export const kindName = (kind: QuestionKind) => kindMessages[kind]();
export const questionKinds = Object.keys(kindMessages) as QuestionKind[];
export const isQuestionKind = (kind: string): kind is QuestionKind => kind in kindMessages;
/** A kind's name, or the code itself for one this build does not know. */
export const kindLabel = (kind: string) => (isQuestionKind(kind) ? kindName(kind) : kind);

/** A learner's word status (stored as flags on the review card; see $lib/server/words). */
export type WordStatus = 'new' | 'learning' | 'known' | 'ignored';

const wordStatusMessages: Record<WordStatus, () => string> = {
	new: m.word_status_new,
	learning: m.word_status_learning,
	known: m.word_status_known,
	ignored: m.word_status_ignored
};
export const wordStatusText = (status: WordStatus) => wordStatusMessages[status]();

/**
 * An affix as a learner reads its name: the core names affixes by their form ("meN-", "-kan"),
 * which needs no translation, except reduplication, which it names in English.
 */
const affixNames: Record<string, () => string> = {
	reduplication: m.affix_name_reduplication,
	'partial reduplication': m.affix_name_partial_reduplication
};
export const affixName = (affix: string) => affixNames[affix]?.() ?? affix;

/** The lexicon's part-of-speech codes (UD's, shortened, plus `name` and `phrase`). */
const posMessages: Record<string, () => string> = {
	noun: m.pos_noun,
	verb: m.pos_verb,
	adj: m.pos_adj,
	adv: m.pos_adv,
	pron: m.pos_pron,
	det: m.pos_det,
	num: m.pos_num,
	prep: m.pos_prep,
	conj: m.pos_conj,
	part: m.pos_part,
	intj: m.pos_intj,
	name: m.pos_name,
	phrase: m.pos_phrase,
	other: m.pos_other
};
/** A part of speech's name, or the code itself for one this table lacks. */
export const posName = (pos: string) => posMessages[pos]?.() ?? pos;
