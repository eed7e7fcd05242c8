import { describe, expect, it } from 'vitest';
import { makeStudent, makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as classes from './classes';

const test = useTestDatabase();

describe('join codes', () => {
	it('are 8 unambiguous symbols, and what students type is read leniently', () => {
		const codes = new Set(Array.from({ length: 200 }, classes.generateJoinCode));
		expect(codes.size).toBe(200);
		for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		expect(classes.normalizeJoinCode(' abcd-efgh ')).toBe('ABCDEFGH');
		expect(classes.normalizeJoinCode('ABCD EFGH')).toBe('ABCDEFGH');
		for (const bad of ['ABCDEFG', 'ABCDEFGHJ', 'ABCDEFG0', 'ABCDEFGI', "AB'; --", 42])
			expect(classes.normalizeJoinCode(bad)).toBe('');
		expect(classes.formatJoinCode('ABCDEFGH')).toBe('ABCD-EFGH');
	});

	it('class names are trimmed and bounded', () => {
		const form = (name: string) => {
			const data = new FormData();
			data.set('name', name);
			return data;
		};
		expect(classes.parseClassName(form('  Kelas   10A '))).toEqual({
			name: 'Kelas 10A',
			error: undefined
		});
		expect(classes.parseClassName(form('   ')).error).toBeDefined();
		expect(classes.parseClassName(form('x'.repeat(81))).error).toBeDefined();
		expect(classes.parseClassName(new FormData()).error).toBeDefined();
	});

	it('a description is optional, bounded, and keeps its line breaks', async () => {
		const form = (value: string | Blob) => {
			const data = new FormData();
			data.set('description', value);
			return data;
		};
		expect(classes.parseDescription(new FormData())).toEqual({ description: '', error: undefined });
		expect(classes.parseDescription(form(' Senin dan Kamis\r\nRuang 4 '))).toEqual({
			description: 'Senin dan Kamis\nRuang 4',
			error: undefined
		});
		expect(classes.parseDescription(form('x'.repeat(301))).error).toMatch(/at most 300/);
		expect(classes.parseDescription(form('bel\u0007')).error).toMatch(/letters/);
		expect(classes.parseDescription(form(new Blob(['x']))).error).toMatch(/as text/);
		const teacher = await makeTeacher(test.db);
		const created = await classes.create(test.db, teacher.id, 'Kelas 10B', 'Senin dan Kamis');
		expect((await classes.findForTeacher(test.db, teacher.id, created.id))?.description).toBe(
			'Senin dan Kamis'
		);
	});
});

describe('classes', () => {
	it('a student joins with the code, once, and the teacher sees their name', async () => {
		const teacher = await makeTeacher(test.db, 'Bu Ratna');
		const student = await makeStudent(test.db, 'Sari');
		const created = await classes.create(test.db, teacher.id, 'Kelas 10A');
		expect(await classes.join(test.db, student.id, created.joinCode)).toEqual({
			joined: { id: created.id, name: 'Kelas 10A' }
		});
		expect(await classes.join(test.db, student.id, created.joinCode)).toMatchObject({
			joined: { id: created.id }
		});

		const detail = await classes.findForTeacher(test.db, teacher.id, created.id);
		expect(detail?.students.map((s) => s.displayName)).toEqual(['Sari']);
		expect(detail?.students[0]).not.toHaveProperty('email');
		expect(await classes.listForTeacher(test.db, teacher.id)).toEqual([
			{
				id: created.id,
				name: 'Kelas 10A',
				description: null,
				joinCode: created.joinCode,
				students: 1
			}
		]);
		expect(await classes.listForStudent(test.db, student.id)).toMatchObject([
			{ id: created.id, name: 'Kelas 10A', teacher: 'Bu Ratna' }
		]);
	});

	it('one teacher cannot see or change another teacher’s class', async () => {
		const [owner, other] = [await makeTeacher(test.db), await makeTeacher(test.db)];
		const student = await makeStudent(test.db);
		const created = await classes.create(test.db, owner.id, 'Kelas 11B');
		await classes.join(test.db, student.id, created.joinCode);

		expect(await classes.findForTeacher(test.db, other.id, created.id)).toBeUndefined();
		expect(await classes.listForTeacher(test.db, other.id)).toEqual([]);
		expect(await classes.replaceCode(test.db, other.id, created.id)).toBeUndefined();
		expect(await classes.removeStudent(test.db, other.id, created.id, student.id)).toBe(false);
		expect((await classes.findForTeacher(test.db, owner.id, created.id))?.students).toHaveLength(1);
		expect((await classes.findForTeacher(test.db, owner.id, created.id))?.joinCode).toBe(
			created.joinCode
		);
	});

	it('the teacher removes a student and replaces a leaked code; the old code stops working', async () => {
		const teacher = await makeTeacher(test.db);
		const student = await makeStudent(test.db);
		const created = await classes.create(test.db, teacher.id, 'Kelas 12');
		await classes.join(test.db, student.id, created.joinCode);
		expect(await classes.removeStudent(test.db, teacher.id, created.id, student.id)).toBe(true);
		expect(await classes.listForStudent(test.db, student.id)).toEqual([]);

		const fresh = await classes.replaceCode(test.db, teacher.id, created.id);
		expect(fresh).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		expect(fresh).not.toBe(created.joinCode);
		expect(await classes.join(test.db, student.id, created.joinCode)).toEqual({
			error: 'unknown-code'
		});
		expect(await classes.join(test.db, student.id, fresh!)).toMatchObject({
			joined: { id: created.id }
		});
	});

	it('the teacher turns joining off (the code answers like a wrong one) and on again with a new code', async () => {
		const [teacher, other] = [await makeTeacher(test.db), await makeTeacher(test.db)];
		const student = await makeStudent(test.db);
		const created = await classes.create(test.db, teacher.id, 'Kelas 7');
		expect(await classes.turnOffCode(test.db, other.id, created.id)).toBe(false);
		expect((await classes.findForTeacher(test.db, teacher.id, created.id))?.joinCode).toBe(
			created.joinCode
		);
		expect(await classes.turnOffCode(test.db, teacher.id, created.id)).toBe(true);
		expect((await classes.findForTeacher(test.db, teacher.id, created.id))?.joinCode).toBeNull();
		expect(await classes.join(test.db, student.id, created.joinCode)).toEqual({
			error: 'unknown-code'
		});
		// Two classes with joining off do not clash on the unique code.
		const second = await classes.create(test.db, teacher.id, 'Kelas 7B');
		expect(await classes.turnOffCode(test.db, teacher.id, second.id)).toBe(true);

		const fresh = await classes.replaceCode(test.db, teacher.id, created.id);
		expect(fresh).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		expect(await classes.join(test.db, student.id, created.joinCode)).toEqual({
			error: 'unknown-code'
		});
		expect(await classes.join(test.db, student.id, fresh!)).toMatchObject({
			joined: { id: created.id }
		});
	});

	it('a student leaves a class, and only their own membership', async () => {
		const teacher = await makeTeacher(test.db);
		const [sari, budi] = [await makeStudent(test.db), await makeStudent(test.db)];
		const created = await classes.create(test.db, teacher.id, 'Kelas 9');
		await classes.join(test.db, sari.id, created.joinCode);
		await classes.join(test.db, budi.id, created.joinCode);
		expect(await classes.leave(test.db, sari.id, created.id)).toBe(true);
		expect(await classes.leave(test.db, sari.id, created.id)).toBe(false);
		expect(
			(await classes.findForTeacher(test.db, teacher.id, created.id))?.students.map((s) => s.id)
		).toEqual([budi.id]);
	});

	it('stops a student who keeps guessing codes', async () => {
		const teacher = await makeTeacher(test.db);
		const student = await makeStudent(test.db);
		const created = await classes.create(test.db, teacher.id, 'Kelas 8');
		for (let i = 0; i < 10; i++)
			expect(await classes.join(test.db, student.id, classes.generateJoinCode())).toEqual({
				error: 'unknown-code'
			});
		expect(await classes.join(test.db, student.id, created.joinCode)).toEqual({
			error: 'throttled',
			minutes: 15
		});
		expect(await classes.listForStudent(test.db, student.id)).toEqual([]);
	});
});
