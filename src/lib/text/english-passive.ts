/**
 * English passive of a verb sense, for an Indonesian di- form glossed through its root: diimbau
 * is "be urged", not "urge". Only verb senses whose head has a known past participle change;
 * a phrasal verb keeps its particle ("call on" → "be called on").
 */
const irregular: Record<string, string> = {
	beat: 'beaten',
	bring: 'brought',
	build: 'built',
	buy: 'bought',
	catch: 'caught',
	choose: 'chosen',
	cut: 'cut',
	do: 'done',
	draw: 'drawn',
	drive: 'driven',
	eat: 'eaten',
	feed: 'fed',
	find: 'found',
	forbid: 'forbidden',
	forget: 'forgotten',
	freeze: 'frozen',
	give: 'given',
	hang: 'hung',
	hear: 'heard',
	hide: 'hidden',
	hit: 'hit',
	hold: 'held',
	hurt: 'hurt',
	keep: 'kept',
	know: 'known',
	lay: 'laid',
	lead: 'led',
	leave: 'left',
	lend: 'lent',
	let: 'let',
	lose: 'lost',
	make: 'made',
	mean: 'meant',
	meet: 'met',
	pay: 'paid',
	put: 'put',
	read: 'read',
	ride: 'ridden',
	ring: 'rung',
	say: 'said',
	see: 'seen',
	seek: 'sought',
	sell: 'sold',
	send: 'sent',
	set: 'set',
	shake: 'shaken',
	shoot: 'shot',
	show: 'shown',
	shut: 'shut',
	sing: 'sung',
	sink: 'sunk',
	spend: 'spent',
	split: 'split',
	spread: 'spread',
	steal: 'stolen',
	strike: 'struck',
	sweep: 'swept',
	take: 'taken',
	teach: 'taught',
	tear: 'torn',
	tell: 'told',
	think: 'thought',
	throw: 'thrown',
	understand: 'understood',
	wake: 'woken',
	wear: 'worn',
	win: 'won',
	write: 'written'
};

/**
 * Verbs that take no object, or whose passive English avoids: "be gone", "be appealed" read as
 * errors. Their sense stays active.
 */
const noPassive = new Set(
	(
		'be become go come appeal arrive exist happen live die sleep stay remain rise fall seem look sit stand ' +
		'walk run fly swim wait work act agree belong consist depend occur lie have scream shout cry laugh ' +
		'smile hand travel return talk speak complain listen rely respond react succeed fail suffer ' +
		'participate compete graduate retire recover disappear emerge matter last sound feel taste smell ' +
		'collaborate cooperate interact'
	).split(' ')
);

/** Adjectives and comparatives a dictionary may list as a verb's first sense. */
const adjectivesInY = new Set(
	(
		'higher bigger larger greater better faster smaller older younger longer stronger wider ' +
		'sleepy happy angry busy easy heavy early ready sorry dirty empty hungry lucky noisy pretty ' +
		'sunny rainy windy cloudy healthy wealthy guilty ugly silly funny tiny crazy lazy steady tidy'
	).split(' ')
);

function participle(verb: string): string | undefined {
	if (irregular[verb]) return irregular[verb];
	// "elected", "horrifying", "sleepy", "uniformed": already a participle or an adjective.
	if (
		!/^[a-z]{3,}$/.test(verb) ||
		/(ed|ing|est|ous|ful|ive|ic|less|able)$/.test(verb) ||
		adjectivesInY.has(verb)
	)
		return undefined;
	if (verb.endsWith('e')) return verb + 'd';
	// Stress on the last syllable doubles it too (admitted, controlled, referred); offer does not.
	if (/(mit|pel|trol)$/.test(verb) || /^(re|pre|trans|in|con)fer$/.test(verb))
		return verb + verb.slice(-1) + 'ed';
	if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ied';
	// One-syllable verbs ending consonant-vowel-consonant double it (stop → stopped, ban → banned).
	if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) return verb + verb.slice(-1) + 'ed';
	return verb + 'ed';
}

/** "urge" → "be urged", "call on" → "be called on"; undefined when the sense cannot be made passive. */
export function passiveSense(sense: string): string | undefined {
	const words = sense.trim().split(/\s+/);
	if (words.length > 3 || words[0] === 'be' || noPassive.has(words[0])) return undefined;
	if (
		words.slice(1).some((w) => !/^(on|off|up|down|out|in|away|back|over|into|to|for|with)$/.test(w))
	)
		return undefined;
	const done = participle(words[0]);
	return done && ['be', done, ...words.slice(1)].join(' ');
}
