import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** Papers per month, oldest first. */
  months: readonly {month: string; count: number}[];
}

const WIDTH = 720;
const HEIGHT = 120;
const LABEL_HEIGHT = 18;

/**
 * Papers reviewed per month as a small bar chart, drawn as plain SVG when
 * the page is built: no chart library reaches the reader.
 */
export default function MonthChart({months}: Props): ReactNode {
  if (months.length === 0) {
    return null;
  }
  const max = Math.max(...months.map((month) => month.count), 1);
  const slot = WIDTH / months.length;
  const barWidth = Math.min(24, Math.max(1, slot * 0.7));
  const plotHeight = HEIGHT - LABEL_HEIGHT;
  const labelEvery = Math.ceil(months.length / 12);
  const total = months.reduce((sum, month) => sum + month.count, 0);
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`월별 리뷰한 논문 수: ${months[0]!.month}부터 ${months.at(-1)!.month}까지 ${total}편, 가장 많은 달 ${max}편`}
      >
        {months.map((month, index) => {
          const height = (month.count / max) * (plotHeight - 4);
          const x = index * slot + (slot - barWidth) / 2;
          return (
            <g key={month.month}>
              <rect
                className={styles.bar}
                x={x}
                y={plotHeight - height}
                width={barWidth}
                height={height}
              >
                <title>{`${month.month}: ${month.count}편`}</title>
              </rect>
              {index % labelEvery === 0 && (
                <text
                  className={styles.label}
                  x={index * slot + slot / 2}
                  y={HEIGHT - 4}
                  textAnchor="middle"
                >
                  {month.month}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.caption}>월별 리뷰한 논문 수</figcaption>
    </figure>
  );
}
