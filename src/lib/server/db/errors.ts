/** A unique constraint refused the row. The code arrives on the driver's error or, wrapped by Drizzle, on its `cause`. */
export function isUniqueViolation(err: unknown): boolean {
	const e = err as { code?: string; cause?: { code?: string } } | undefined;
	return e?.code === '23505' || e?.cause?.code === '23505';
}
