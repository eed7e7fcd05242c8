/**
 * The class page's code and roster actions: turn joining off, add students by name (generated
 * usernames and one-time passwords, returned once for the teacher to print), remove a student.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import { parseId, readForm } from '$lib/server/forms';
import * as roster from '$lib/server/roster';

type Event = RequestEvent<{ id: string }>;
const notFound = 'We could not find that class.';

export async function replaceCode(event: Event) {
	const teacher = requireTeacher(event);
	const code = await classes.replaceCode(event.locals.db, teacher.id, Number(event.params.id));
	if (!code) error(404, notFound);
	redirect(303, event.url.pathname);
}

export async function turnOffCode(event: Event) {
	const teacher = requireTeacher(event);
	if (!(await classes.turnOffCode(event.locals.db, teacher.id, Number(event.params.id))))
		error(404, notFound);
	redirect(303, event.url.pathname);
}

export async function addStudents(event: Event) {
	const teacher = requireTeacher(event);
	const raw = (await readForm(event)).get('names');
	const { names, error: problem } = roster.parseNames(raw);
	if (problem)
		return fail(400, {
			addStudents: { names: typeof raw === 'string' ? raw.slice(0, 4000) : '', error: problem }
		});
	const created = await roster.addStudents(
		event.locals.db,
		teacher.id,
		Number(event.params.id),
		names
	);
	if (!created) error(404, notFound);
	if (created === 'throttled')
		return fail(429, {
			addStudents: {
				names: names.join('\n'),
				error: 'You have added many accounts in the last hour. Try again later.'
			}
		});
	return {
		newStudents: created.map(({ displayName, username, password }) => ({
			displayName,
			username,
			password
		}))
	};
}

export async function remove(event: Event) {
	const teacher = requireTeacher(event);
	const studentId = parseId((await readForm(event)).get('studentId'));
	if (!studentId) return fail(400, { error: 'Choose a student to remove.' });
	if (
		!(await classes.removeStudent(event.locals.db, teacher.id, Number(event.params.id), studentId))
	)
		error(404, notFound);
	redirect(303, event.url.pathname);
}
