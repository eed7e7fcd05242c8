import { fail, redirect } from '@sveltejs/kit';
import { requireStudent } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const student = requireStudent(event);
	return {
		classes: await classes.listForStudent(event.locals.db, student.id),
		// A teacher's link (/classes?code=…) fills the form in; `joined` names the class just joined.
		code: event.url.searchParams.get('code')?.slice(0, 20) ?? '',
		joined: Number(event.url.searchParams.get('joined')) || undefined
	};
};

export const actions: Actions = {
	join: async (event) => {
		const student = requireStudent(event);
		const typed = (await event.request.formData()).get('code');
		const code = classes.normalizeJoinCode(typed);
		const echo = typeof typed === 'string' ? typed.slice(0, 20) : '';
		if (!code) return fail(400, { code: echo, error: 'A class code has 8 letters and digits, like ABCD-EFGH.' });
		const result = await classes.join(event.locals.db, student.id, code);
		if ('error' in result) {
			return result.error === 'throttled'
				? fail(429, { code: echo, error: 'Too many tries. Wait 15 minutes, and check the code with your teacher.' })
				: fail(400, { code: echo, error: 'No class has that code. Check it with your teacher.' });
		}
		redirect(303, `/classes?joined=${result.joined.id}`);
	},
	leave: async (event) => {
		const student = requireStudent(event);
		const classId = Number((await event.request.formData()).get('classId'));
		if (!Number.isSafeInteger(classId)) return fail(400, { error: 'Choose a class to leave.' });
		await classes.leave(event.locals.db, student.id, classId);
		redirect(303, '/classes');
	}
};
