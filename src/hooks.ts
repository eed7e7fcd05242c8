import type { Transport } from '@sveltejs/kit';
import { PageMarkup } from '$lib/page-markup';

/** Types that load data carries to the browser beyond what devalue knows (see each type). */
export const transport: Transport = {
	PageMarkup: {
		encode: (value) => value instanceof PageMarkup && [value.sendAsData ? value.html : null],
		decode: ([html]) => new PageMarkup(html)
	}
};
