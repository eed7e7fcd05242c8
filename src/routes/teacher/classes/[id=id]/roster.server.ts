/**
 * The class page's code and roster actions: turn joining off, add students by name (generated
 * usernames and one-time passwords, returned once for the teacher to print), remove a student.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import { parseId, readForm, refuse } from '$lib/server/forms';
import { found } from '$lib/server/require';
import * as roster from '$lib/server/roster';
import { m } from '$lib/paraglide/messages';

type Event = RequestEvent<{ id: string }>;

export async function replaceCode(event: Event) {
	const teacher = requireTeacher(event);
	found(await classes.replaceCode(event.locals.db, teacher.id, Number(event.params.id)), 'class');
	redirect(303, event.url.pathname);
}

export async function turnOffCode(event: Event) {
	const teacher = requireTeacher(event);
	found(await classes.turnOffCode(event.locals.db, teacher.id, Number(event.params.id)), 'class');
	redirect(303, event.url.pathname);
}

export async function addStudents(event: Event) {
	const teacher = requireTeacher(event);
	const raw = (await readForm(event)).get('names');
	const { names, error: problem } = roster.parseNames(raw);
	if (problem)
		return refuse(400, 'addStudents', {
			values: { names: typeof raw === 'string' ? raw.slice(0, 4000) : '' },
			errors: { names: problem }
		});
	const created = found(
		await roster.addStudents(event.locals.db, teacher.id, Number(event.params.id), names),
		'class'
	);
	if (created === 'throttled')
		return refuse(429, 'addStudents', {
			values: { names: names.join('\n') },
			errors: { names: m.roster_throttled() }
		});
	return {
		action: 'addStudents' as const,
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
	if (!studentId) return refuse(400, 'remove', { message: m.roster_choose_student() });
	found(
		await classes.removeStudent(event.locals.db, teacher.id, Number(event.params.id), studentId),
		'class'
	);
	redirect(303, event.url.pathname);
}
