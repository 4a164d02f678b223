// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import Figure from '../../src/components/Figure';

afterEach(cleanup);

const alt = '프롬프트 비디오를 처리하는 expert 와 비디오 DiT';

function zoomButton(): HTMLElement {
  return screen.getByRole('button', {name: `확대: ${alt}`});
}

function dialog(container: HTMLElement): HTMLDialogElement {
  return container.querySelector('dialog')!;
}

describe('Figure', () => {
  it('renders a lazy image with its alt and the intrinsic size scaled to the display width', () => {
    render(
      <Figure
        src="/img/a.png"
        alt={alt}
        width={500}
        naturalWidth={1000}
        naturalHeight={600}
      />,
    );
    const image = screen.getByRole('img', {name: alt});
    expect(image.getAttribute('src')).toBe('/img/a.png');
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(image.getAttribute('decoding')).toBe('async');
    expect(image.getAttribute('width')).toBe('500');
    expect(image.getAttribute('height')).toBe('300');
  });

  it('uses the intrinsic size as is when no display width is given', () => {
    render(
      <Figure src="/img/a.png" alt={alt} naturalWidth={4} naturalHeight={3} />,
    );
    const image = screen.getByRole('img', {name: alt});
    expect(image.getAttribute('width')).toBe('4');
    expect(image.getAttribute('height')).toBe('3');
  });

  it('accepts a webpack module object as src', () => {
    render(<Figure src={{default: '/assets/b-123.png'}} alt={alt} />);
    expect(screen.getByRole('img', {name: alt}).getAttribute('src')).toBe(
      '/assets/b-123.png',
    );
  });

  it('shows the caption in a figcaption', () => {
    const {container} = render(
      <Figure src="/img/a.png" alt={alt} caption="Video-As-Prompt 구조" />,
    );
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'Video-As-Prompt 구조',
    );
  });

  it('renders no figcaption when there is no caption', () => {
    const {container} = render(<Figure src="/img/a.png" alt={alt} />);
    expect(container.querySelector('figcaption')).toBeNull();
  });

  it('opens a dialog with the full image when the zoom button is clicked', () => {
    const {container} = render(<Figure src="/img/a.png" alt={alt} />);
    expect(dialog(container).hasAttribute('open')).toBe(false);
    expect(dialog(container).querySelector('img')).toBeNull();

    fireEvent.click(zoomButton());

    expect(dialog(container).hasAttribute('open')).toBe(true);
    const full = dialog(container).querySelector('img');
    expect(full?.getAttribute('src')).toBe('/img/a.png');
    expect(full?.getAttribute('alt')).toBe(alt);
    expect(full?.hasAttribute('loading')).toBe(false);
  });

  it('closes on Escape and gives focus back to the zoom button', () => {
    const {container} = render(<Figure src="/img/a.png" alt={alt} />);
    fireEvent.click(zoomButton());

    fireEvent.keyDown(dialog(container), {key: 'Escape'});

    expect(dialog(container).hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(zoomButton());
  });

  it('closes with the close button and gives focus back to the zoom button', () => {
    const {container} = render(<Figure src="/img/a.png" alt={alt} />);
    fireEvent.click(zoomButton());
    expect(document.activeElement?.textContent).toBe('닫기');

    fireEvent.click(screen.getByRole('button', {name: '닫기', hidden: true}));

    expect(dialog(container).hasAttribute('open')).toBe(false);
    expect(dialog(container).querySelector('img')).toBeNull();
    expect(document.activeElement).toBe(zoomButton());
  });

  it('closes when the dark stage beside the image is clicked but not when the image is', () => {
    const {container} = render(<Figure src="/img/a.png" alt={alt} />);
    fireEvent.click(zoomButton());

    const image = dialog(container).querySelector('img')!;
    fireEvent.click(image);
    expect(dialog(container).hasAttribute('open')).toBe(true);

    fireEvent.click(image.parentElement!);
    expect(dialog(container).hasAttribute('open')).toBe(false);
  });

  it('shows the image at its own size to pan around, and fitted again', () => {
    render(<Figure src="/img/a.png" alt={alt} />);
    fireEvent.click(zoomButton());
    const actual = screen.getByRole('button', {name: '원래 크기'});
    expect(actual.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(actual);
    expect(actual.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(actual);
    expect(actual.getAttribute('aria-pressed')).toBe('false');
  });

  it('closes on the dialog cancel event', () => {
    const {container} = render(<Figure src="/img/a.png" alt={alt} />);
    fireEvent.click(zoomButton());

    fireEvent(dialog(container), new Event('cancel', {cancelable: true}));

    expect(dialog(container).hasAttribute('open')).toBe(false);
  });
});
