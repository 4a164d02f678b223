import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import clsx from 'clsx';
import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import SearchBox from '@site/src/components/SearchBox';
import {toSearchParams} from '@site/src/client/search/query';
import {useSearch} from '@site/src/client/search/useSearch';
import styles from './styles.module.css';

interface Props {
  open: boolean;
  /** `picked` when the reader chose a result and the page is changing. */
  onClose: (how: 'dismissed' | 'picked') => void;
}

/** Results the dialog shows; the search page has the rest and filters. */
const DIALOG_RESULTS = 8;

/**
 * The search opened from the navbar: a modal dialog with the search field,
 * results as you type and a link to the search page. Loaded only when the
 * reader first opens search.
 */
export default function SearchDialog({open, onClose}: Props): ReactNode {
  const history = useHistory();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const request = {query, filters: {}};
  const view = useSearch(request, DIALOG_RESULTS);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Closed here rather than in the effect, so that the caller can move focus
  // out of a dialog that is no longer modal.
  const close = (how: 'dismissed' | 'picked') => {
    dialogRef.current?.close();
    onClose(how);
  };
  const dismiss = () => close('dismissed');

  // Escape always closes, even in a search field that would clear instead.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      dismiss();
    }
  };

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    dismiss();
  };

  // A click on the dialog box itself, not its content, hit the backdrop.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) dismiss();
  };

  const showAll = view.total > view.hits.length;

  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-label="검색"
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      onClick={onClick}
    >
      <div className={styles.panel}>
        <SearchBox
          className={styles.box}
          inputRef={inputRef}
          query={query}
          onQueryChange={setQuery}
          view={view}
          onOpen={(hit) => history.push(hit.url)}
          onPick={() => close('picked')}
          footer={
            <div className={styles.footer}>
              {query.trim() && (
                <Link
                  to={`/search${toSearchParams(request)}`}
                  onClick={() => close('picked')}
                >
                  {showAll
                    ? `결과 ${view.total}개 모두 보기, 기관·연도로 좁히기`
                    : '검색 페이지에서 기관·연도로 좁히기'}
                </Link>
              )}
              <span className={styles.keys} aria-hidden="true">
                <kbd>↑</kbd> <kbd>↓</kbd> 이동 <kbd>Enter</kbd> 열기{' '}
                <kbd>Esc</kbd> 닫기
              </span>
            </div>
          }
        />
        <button
          type="button"
          className={clsx('button button--secondary button--sm', styles.close)}
          onClick={dismiss}
        >
          닫기
        </button>
      </div>
    </dialog>
  );
}
