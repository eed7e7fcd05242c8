/**
 * A review interval for a button or a list: "1 min", "10 min", "5 h", "3 d", "4 mo". Apart from
 * format.ts, whose chunk every page loads, since only the review page needs it.
 */
export function formatInterval(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h`;
	const days = Math.round(hours / 24);
	if (days < 60) return `${days} d`;
	return `${Math.round(days / 30)} mo`;
}
