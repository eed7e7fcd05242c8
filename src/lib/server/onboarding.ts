/**
 * A new teacher's first steps, as shown on their home page: create a class, choose or import an
 * article, set it for the class. Each step is read off what exists, so the list ticks itself off
 * and no progress needs storing. Choosing an article shows only in setting it, so importing one
 * or setting any counts for the second step.
 */
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from './db';
import { articles, assignments, classes } from './db/schema';

export interface FirstSteps {
	/** The teacher's first class (where an article is set), if any. */
	firstClassId: number | null;
	classCreated: boolean;
	articleChosen: boolean;
	articleSet: boolean;
}

export async function stepsFor(db: Database, teacherId: number): Promise<FirstSteps> {
	const [own, [imported], [set]] = await Promise.all([
		db
			.select({ id: classes.id })
			.from(classes)
			.where(eq(classes.teacherId, teacherId))
			.orderBy(asc(classes.id))
			.limit(1),
		db.select({ n: count() }).from(articles).where(eq(articles.ownerId, teacherId)),
		db
			.select({ n: count() })
			.from(assignments)
			.innerJoin(classes, eq(classes.id, assignments.classId))
			.where(eq(classes.teacherId, teacherId))
	]);
	return {
		firstClassId: own[0]?.id ?? null,
		classCreated: own.length > 0,
		articleChosen: imported.n > 0 || set.n > 0,
		articleSet: set.n > 0
	};
}
