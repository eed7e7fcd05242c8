/**
 * The shipped lexicon and root dictionary. Imports about 0.8 MB of JSON, so only server code
 * and scripts may import this module; browser code gets glosses through the server.
 */
import generated from './data/lexicon.json' with { type: 'json' };
import curated from './data/curated-lexicon.json' with { type: 'json' };
import curatedForms from './data/curated-forms.json' with { type: 'json' };
import curatedMultiwords from './data/curated-multiwords.json' with { type: 'json' };
import curatedAcronyms from './data/curated-acronyms.json' with { type: 'json' };
import {
	createLexicon,
	type CuratedForms,
	type CuratedAcronyms,
	type CuratedLexicon,
	type CuratedMultiwords,
	type GeneratedLexicon
} from './lexicon';

const loaded = createLexicon(
	generated as unknown as GeneratedLexicon,
	curated as CuratedLexicon,
	curatedForms as CuratedForms,
	curatedMultiwords as CuratedMultiwords,
	curatedAcronyms as CuratedAcronyms
);

export const lexicon = loaded;
export const rootDictionary = loaded.dictionary;
export default lexicon;
