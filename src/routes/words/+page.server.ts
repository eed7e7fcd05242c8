import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { readForm, refuse } from '$lib/server/forms';
import { found } from '$lib/server/require';
import * as words from '$lib/server/words';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

// Open to everyone: a visitor simply has no words yet (a GET never mints a guest).
export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = words.parseFilter(url.searchParams.get('status'));
	return {
		filter,
		words: locals.user ? await words.listWords(locals.db, locals.user.id, filter) : []
	};
};

export const actions: Actions = {
	status: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event);
		const root = form.get('root');
		const status = words.parseStatus(form.get('status'));
		if (typeof root !== 'string' || !root || !status)
			return refuse(400, 'status', { message: m.words_choose() });
		found(await words.changeStatus(event.locals.db, user.id, root, status), 'word');
		const back = words.parseFilter(String(form.get('filter'))).status; // the list it came from
		redirect(303, back ? `/words?status=${back}` : '/words');
	}
};
