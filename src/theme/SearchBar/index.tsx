// Swizzled because theme-classic's SearchBar is an empty placeholder: this
// one searches the Pagefind index that the search-index plugin builds.
import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import styles from './styles.module.css';

const loadDialog = () => import('@site/src/components/SearchDialog');
const SearchDialog = lazy(loadDialog);

/** Ctrl/⌘-K anywhere, or `/` when the reader is not typing somewhere. */
function isShortcut(event: KeyboardEvent): boolean {
  if (event.isComposing || event.altKey || event.shiftKey) return false;
  if (event.key === 'k' || event.key === 'K') {
    return event.ctrlKey || event.metaKey;
  }
  const target = event.target as HTMLElement | null;
  return (
    event.key === '/' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !target?.isContentEditable &&
    !/^(?:INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')
  );
}

/**
 * The navbar's search box. Only the button and the shortcut are in every
 * page's JavaScript (its icon is in the stylesheet); the dialog and Pagefind
 * load when search first opens.
 */
export default function SearchBar(): ReactNode {
  // `undefined` until search is first opened: nothing is loaded before.
  const [open, setOpen] = useState<boolean>();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isShortcut(event)) {
        event.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onClose = (how: 'dismissed' | 'picked') => {
    setOpen(false);
    if (how === 'dismissed') buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={styles.button}
        aria-label="검색"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={() => setOpen(true)}
        onPointerEnter={loadDialog}
        onFocus={loadDialog}
      >
        <span className={styles.label}>검색</span>
        {/* Ctrl-K works on every platform, ⌘-K too on Apple's. */}
        <kbd className={styles.keys}>Ctrl K</kbd>
      </button>
      {open !== undefined && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={onClose} />
        </Suspense>
      )}
    </>
  );
}
