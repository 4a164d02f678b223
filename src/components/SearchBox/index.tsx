import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {
  useId,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import {resolveOrg} from '@site/src/data/orgs';
import {koreanDate} from '@site/src/lib/review/dateLabel';
import {KIND_LABELS} from '@site/src/client/search/schema';
import type {SearchHit} from '@site/src/client/search/hits';
import type {SearchView} from '@site/src/client/search/useSearch';
import styles from './styles.module.css';

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  view: SearchView;
  /** Goes to a result chosen with Enter (a click follows its link). */
  onOpen: (hit: SearchHit) => void;
  /** Called when the reader picks a result, before the page changes. */
  onPick?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** Under the results: a link to all results, a "more" button. */
  footer?: ReactNode;
  className?: string;
}

/**
 * A search field with its results as you type: ↑ ↓ choose a result, Enter
 * opens it, matches are highlighted. The field is a combobox and the
 * results its listbox, so the field keeps focus while the reader chooses.
 */
export default function SearchBox({
  query,
  onQueryChange,
  view,
  onOpen,
  onPick,
  inputRef,
  autoFocus,
  footer,
  className,
}: Props): ReactNode {
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-result-${index}`;
  const {hits} = view;
  const hitsKey = hits.map((hit) => hit.id).join(' ');
  // The first result is chosen whenever the results change.
  const [choice, setChoice] = useState({hitsKey, index: 0});
  const active = choice.hitsKey === hitsKey ? choice.index : 0;
  const choose = (index: number) => setChoice({hitsKey, index});

  const activeId = hits.length > 0 ? optionId(active) : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that confirm a Korean syllable belong to the input method.
    if (event.nativeEvent.isComposing || hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = (active + step + hits.length) % hits.length;
      choose(next);
      document
        .getElementById(optionId(next))
        ?.scrollIntoView({block: 'nearest'});
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) {
        onPick?.();
        onOpen(hit);
      }
    }
  };

  return (
    <div className={clsx(styles.box, className)}>
      <div className={styles.field}>
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true">
          <path d="M14.4 13l4.3 4.3-1.4 1.4-4.3-4.3a7.5 7.5 0 1 1 1.4-1.4zM8.5 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11z" />
        </svg>
        <input
          ref={inputRef}
          className={styles.input}
          type="search"
          role="combobox"
          aria-label="검색어"
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls={hits.length > 0 ? listId : undefined}
          aria-activedescendant={activeId}
          placeholder="논문, 기관, 아이디어 검색"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          autoFocus={autoFocus}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className={styles.status} role="status">
        {statusText(view)}
      </p>
      {hits.length > 0 && (
        <div
          className={styles.results}
          id={listId}
          role="listbox"
          aria-label="검색 결과"
        >
          {hits.map((hit, index) => (
            <Link
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              tabIndex={-1}
              className={clsx(styles.hit, index === active && styles.active)}
              to={hit.url}
              onClick={onPick}
              onMouseMove={() => index !== active && choose(index)}
            >
              <HitContent hit={hit} />
            </Link>
          ))}
        </div>
      )}
      {footer}
    </div>
  );
}

function HitContent({hit}: {hit: SearchHit}): ReactNode {
  return (
    <>
      <span className={styles.heading}>
        <span className={styles.kind}>{KIND_LABELS[hit.kind]}</span>
        <span className={styles.title}>{hit.title}</span>
      </span>
      {hit.subtitle && <span className={styles.subtitle}>{hit.subtitle}</span>}
      <span className={styles.meta}>
        {hit.orgs.map((tag, index) => (
          <OrgLabel key={`${index}:${tag}`} tag={tag} />
        ))}
        <span className={styles.date}>
          {hit.date && koreanDate(hit.date)}
          {hit.post && ` · ${hit.post}`}
        </span>
      </span>
      <span className={styles.excerpt}>
        {hit.excerpt.map((part, index) =>
          part.mark ? (
            <mark key={index} className={styles.mark}>
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </span>
    </>
  );
}

/**
 * An organisation as on a paper card, but not a link: the whole result is
 * one, and links do not nest.
 */
function OrgLabel({tag}: {tag: string}): ReactNode {
  const resolved = resolveOrg(tag);
  if (!resolved) return <span className={styles.org}>{tag.trim()}</span>;
  const accent = {'--org-color': resolved.org.color} as CSSProperties;
  return (
    <span className={styles.org} data-org={resolved.id} style={accent}>
      <span className={styles.dot} aria-hidden="true" />
      {resolved.org.name}
    </span>
  );
}

/** One line on where the search stands, read out by screen readers. */
export function statusText(view: SearchView): string {
  switch (view.status) {
    case 'unavailable':
      return view.message ?? '';
    case 'idle':
      return '';
    case 'loading':
      return view.hits.length > 0 ? `결과 ${view.total}개` : '검색 중…';
    case 'done':
      return view.total === 0 ? '결과 없음' : `결과 ${view.total}개`;
  }
}
