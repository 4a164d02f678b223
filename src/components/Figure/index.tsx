import clsx from 'clsx';
import {
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import styles from './styles.module.css';

interface Props {
  /** The image URL; a webpack image import may arrive as a module object. */
  src: string | {default: string};
  /** What the image shows, for readers who cannot see it. */
  alt: string;
  /** Display width in CSS pixels; never wider than the column. */
  width?: number;
  caption?: ReactNode;
  /** Intrinsic pixel width, filled in by `remarkFigure`. */
  naturalWidth?: number;
  /** Intrinsic pixel height, filled in by `remarkFigure`. */
  naturalHeight?: number;
}

/**
 * A centred figure whose image opens in a full-screen viewer: fitted to
 * the screen, or at its own size to pan around ("원래 크기"), pinch-zoomable
 * on a phone, under a bar with its controls. Width and height attributes
 * from the intrinsic size reserve its space before it loads; `remarkFigure`
 * supplies that size at build time.
 */
export default function Figure({
  src,
  alt,
  width,
  caption,
  naturalWidth,
  naturalHeight,
}: Props): ReactNode {
  const url = typeof src === 'string' ? src : src.default;
  const size = displaySize(width, naturalWidth, naturalHeight);
  const [zoomed, setZoomed] = useState(false);
  /** Fitted to the screen, or at its own size to pan around. */
  const [actualSize, setActualSize] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const afterClose = () => {
    setZoomed(false);
    setActualSize(false);
    buttonRef.current?.focus();
  };

  const open = () => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    setZoomed(true);
    // jsdom and very old browsers lack showModal; the attribute still shows it.
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    closeRef.current?.focus();
  };

  const close = () => {
    const dialog = dialogRef.current;
    if (typeof dialog?.close === 'function') {
      // The dialog's `close` event finishes the job.
      dialog.close();
    } else {
      dialog?.removeAttribute('open');
      afterClose();
    }
  };

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  // A click beside the image, on the dark stage, closes the viewer.
  const onStageClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) close();
  };

  return (
    <figure className={styles.figure}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.zoom}
        aria-label={`확대: ${alt}`}
        aria-haspopup="dialog"
        onClick={open}
      >
        <img
          className={styles.image}
          src={url}
          alt={alt}
          width={size.width}
          height={size.height}
          loading="lazy"
          decoding="async"
        />
      </button>
      {caption !== undefined && caption !== null && caption !== '' && (
        <figcaption className={styles.caption}>{caption}</figcaption>
      )}
      <dialog
        ref={dialogRef}
        className={styles.viewer}
        aria-label={alt}
        onCancel={onCancel}
        onClose={afterClose}
        onKeyDown={onKeyDown}
      >
        {/* The controls have a bar of their own: they never cover the image. */}
        <div className={styles.bar}>
          <p className={styles.title}>{alt}</p>
          <button
            type="button"
            className={clsx('button button--secondary button--sm')}
            aria-pressed={actualSize}
            onClick={() => setActualSize(!actualSize)}
          >
            원래 크기
          </button>
          <button
            ref={closeRef}
            type="button"
            className={clsx('button button--primary button--sm')}
            onClick={close}
          >
            닫기
          </button>
        </div>
        <div
          className={clsx(styles.stage, actualSize && styles.stageActual)}
          onClick={onStageClick}
        >
          {zoomed && (
            <img
              className={actualSize ? styles.actual : styles.fitted}
              src={url}
              alt={alt}
              width={naturalWidth}
              height={naturalHeight}
            />
          )}
        </div>
      </dialog>
    </figure>
  );
}

/**
 * The `width`/`height` attributes: the intrinsic size scaled to the chosen
 * display width, so the browser knows the aspect ratio before loading.
 */
function displaySize(
  width: number | undefined,
  naturalWidth: number | undefined,
  naturalHeight: number | undefined,
): {width?: number; height?: number} {
  if (!naturalWidth || !naturalHeight) return {width};
  if (!width) return {width: naturalWidth, height: naturalHeight};
  return {width, height: Math.round((width * naturalHeight) / naturalWidth)};
}
