// @vitest-environment jsdom
import {act, cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import SearchBar from '../../src/theme/SearchBar';

// The dialog is loaded on demand; here a stand-in shows whether it is open.
vi.mock('@site/src/components/SearchDialog', () => ({
  default: ({open}: {open: boolean}) => (
    <div data-testid="dialog" data-open={String(open)} />
  ),
}));

afterEach(cleanup);

async function dialogState(): Promise<string | null> {
  await act(async () => {});
  return screen.queryByTestId('dialog')?.getAttribute('data-open') ?? null;
}

describe('SearchBar', () => {
  it('loads nothing of the dialog until search is opened', async () => {
    render(<SearchBar />);
    expect(await dialogState()).toBeNull();
    expect(screen.getByRole('button', {name: '검색'})).toBeTruthy();
  });

  it('opens search from the button', async () => {
    render(<SearchBar />);
    fireEvent.click(screen.getByRole('button', {name: '검색'}));
    expect(await dialogState()).toBe('true');
  });

  it('opens search with Ctrl-K, ⌘-K and /', async () => {
    for (const key of [
      {key: 'k', ctrlKey: true},
      {key: 'k', metaKey: true},
      {key: '/'},
    ]) {
      render(<SearchBar />);
      fireEvent.keyDown(document.body, key);
      expect(await dialogState()).toBe('true');
      cleanup();
    }
  });

  it('leaves / to the field the reader is typing in', async () => {
    render(
      <>
        <input aria-label="다른 입력" />
        <SearchBar />
      </>,
    );
    fireEvent.keyDown(screen.getByRole('textbox', {name: '다른 입력'}), {
      key: '/',
    });
    expect(await dialogState()).toBeNull();
  });

  it('leaves other shortcuts alone', async () => {
    render(<SearchBar />);
    fireEvent.keyDown(document.body, {key: 'k'});
    fireEvent.keyDown(document.body, {key: 'k', ctrlKey: true, shiftKey: true});
    expect(await dialogState()).toBeNull();
  });

  it('announces its shortcuts', () => {
    render(<SearchBar />);
    expect(
      screen
        .getByRole('button', {name: '검색'})
        .getAttribute('aria-keyshortcuts'),
    ).toBe('Control+K Meta+K /');
  });
});
