/** `2025-10-27` → `2025년 10월 27일`, for readers of the Korean site. */
export function koreanDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}년 ${month}월 ${day}일`;
}
