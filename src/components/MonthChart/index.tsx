import type {CSSProperties, ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** Papers per month (`YYYY-MM`), oldest first. */
  months: readonly {month: string; count: number}[];
}

/** Up to this many months, every bar is labelled and carries its count. */
const LABEL_ALL = 12;

/** `2025-10` → `2025년 10월`. */
function monthLabel(month: string): string {
  return `${Number(month.slice(0, 4))}년 ${Number(month.slice(5))}월`;
}

/**
 * Papers reviewed per month as a bar chart in HTML and CSS, built with the
 * page: text stays at reading size on a phone, bars keep a sensible width
 * whether there is one month or a hundred, and no chart library reaches
 * the reader. Up to a year, each bar shows its month and count; beyond
 * that, each year is marked where it starts.
 */
export default function MonthChart({months}: Props): ReactNode {
  if (months.length === 0) {
    return null;
  }
  const max = Math.max(...months.map((month) => month.count), 1);
  const total = months.reduce((sum, month) => sum + month.count, 0);
  const labelAll = months.length <= LABEL_ALL;
  const first = monthLabel(months[0]!.month);
  const last = monthLabel(months.at(-1)!.month);
  const span = first === last ? first : `${first}부터 ${last}까지`;
  return (
    <figure className={styles.chart}>
      <div
        className={styles.plot}
        role="img"
        aria-label={`월별 리뷰한 논문 수: ${span} ${total}편, 가장 많은 달 ${max}편`}
        style={{'--months': months.length} as CSSProperties}
      >
        {months.map((month, index) => {
          const startsYear = index === 0 || month.month.endsWith('-01');
          return (
            <div
              key={month.month}
              className={styles.slot}
              title={`${monthLabel(month.month)}: ${month.count}편`}
            >
              {labelAll && <span className={styles.value}>{month.count}</span>}
              <span
                className={styles.bar}
                style={{height: `${(month.count / max) * 100}%`}}
              />
              <span className={styles.tick}>
                {labelAll
                  ? startsYear
                    ? monthLabel(month.month)
                    : `${Number(month.month.slice(5))}월`
                  : startsYear
                    ? month.month.slice(0, 4)
                    : ''}
              </span>
            </div>
          );
        })}
      </div>
      <figcaption className={styles.caption}>
        월별 리뷰한 논문 수 ({span}, 모두 {total}편)
      </figcaption>
    </figure>
  );
}
