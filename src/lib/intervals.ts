import { m } from '$lib/paraglide/messages';
/**
 * A review interval for a button or a list: "1 min", "10 min", "5 h", "3 d", "4 mo" (in the
 * interface language: "10 mnt", "5 jam", "3 hr", "4 bln"). Apart from
 * format.ts, whose chunk every page loads, since only the review page needs it.
 */
export function formatInterval(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return m.interval_minutes({ count: minutes });
	const hours = Math.round(minutes / 60);
	if (hours < 24) return m.interval_hours({ count: hours });
	const days = Math.round(hours / 24);
	if (days < 60) return m.interval_days({ count: days });
	return m.interval_months({ count: Math.round(days / 30) });
}
