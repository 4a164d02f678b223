import {useEffect, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** The BibTeX entry, made at build time. */
  bibtex: string;
  /** What is cited, for screen readers ("Reasoning with Sampling"). */
  what: string;
}

/**
 * "인용": copies the BibTeX entry of a paper or a review. Where the
 * clipboard is refused, the entry is shown instead, ready to select; a
 * status line says what happened, for screen readers too.
 */
export default function Cite({bibtex, what}: Props): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  useEffect(() => {
    if (state !== 'copied') return undefined;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () =>
    navigator.clipboard
      .writeText(bibtex)
      .then(() => setState('copied'))
      .catch(() => setState('shown'));
  return (
    <span className={styles.cite}>
      <button
        type="button"
        className={styles.button}
        onClick={copy}
        aria-label={`인용: ${what}의 BibTeX 복사`}
        data-cite
      >
        인용
      </button>
      <span role="status" className={styles.status}>
        {state === 'copied' && 'BibTeX를 복사했습니다'}
        {state === 'shown' && '복사하지 못했습니다. 아래에서 선택해 복사하세요'}
      </span>
      {state === 'shown' && (
        <pre className={styles.entry} tabIndex={0}>
          {bibtex}
        </pre>
      )}
    </span>
  );
}
