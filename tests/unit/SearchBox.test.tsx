// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import SearchBox, {statusText} from '../../src/components/SearchBox';
import type {SearchHit} from '../../src/client/search/hits';
import type {SearchView} from '../../src/client/search/useSearch';

// jsdom lays nothing out, so it has no scrolling.
Element.prototype.scrollIntoView = () => {};

afterEach(cleanup);

const paper: SearchHit = {
  id: 'a',
  url: '/docs/papers/y2025/oct/20251027#stabilizing-moe',
  kind: 'paper',
  title: 'Stabilizing MoE Reinforcement Learning',
  date: '2025-10-27',
  orgs: ['shaomi'],
  post: '2025-10-26 papers review',
  excerpt: [
    {text: 'RL 시 ', mark: false},
    {text: '라우팅', mark: true},
    {text: ' 동작으로 인해', mark: false},
  ],
};
const post: SearchHit = {
  id: 'b',
  url: '/docs/papers/y2025/oct/20251027',
  kind: 'review',
  title: '2025-10-26 papers review',
  date: '2025-10-27',
  orgs: [],
  excerpt: [{text: '라우팅', mark: true}],
};
const done: SearchView = {
  status: 'done',
  hits: [paper, post],
  total: 2,
  counts: {},
};

function renderBox(view: SearchView = done) {
  const onOpen = vi.fn();
  const onPick = vi.fn();
  render(
    <SearchBox
      query="라우팅"
      onQueryChange={() => {}}
      view={view}
      onOpen={onOpen}
      onPick={onPick}
    />,
  );
  return {
    onOpen,
    onPick,
    input: screen.getByRole('combobox', {name: '검색어'}),
  };
}

describe('SearchBox', () => {
  it('shows each result with its kind, title, organisations, date and highlighted match', () => {
    renderBox();
    const [first] = screen.getAllByRole('option');
    expect(first?.getAttribute('href')).toBe(paper.url);
    expect(first?.textContent).toContain('논문');
    expect(first?.textContent).toContain(paper.title);
    expect(first?.querySelector('[data-org=xiaomi]')?.textContent).toBe(
      'Xiaomi',
    );
    expect(first?.textContent).toContain(
      '2025년 10월 27일 · 2025-10-26 papers review',
    );
    expect(first?.querySelector('mark')?.textContent).toBe('라우팅');
    expect(screen.getByRole('status').textContent).toBe('결과 2개');
  });

  it('chooses the first result and moves with ↓ and ↑, wrapping around', () => {
    const {input} = renderBox();
    const options = screen.getAllByRole('option');
    const activeId = () => input.getAttribute('aria-activedescendant');
    expect(activeId()).toBe(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, {key: 'ArrowDown'});
    expect(activeId()).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, {key: 'ArrowDown'});
    expect(activeId()).toBe(options[0]?.id);
    fireEvent.keyDown(input, {key: 'ArrowUp'});
    expect(activeId()).toBe(options[1]?.id);
  });

  it('opens the chosen result with Enter', () => {
    const {input, onOpen, onPick} = renderBox();
    fireEvent.keyDown(input, {key: 'ArrowDown'});
    fireEvent.keyDown(input, {key: 'Enter'});
    expect(onPick).toHaveBeenCalledOnce();
    expect(onOpen).toHaveBeenCalledWith(post);
  });

  it('leaves Enter and arrows to the input method while a syllable is composed', () => {
    const {input, onOpen} = renderBox();
    fireEvent.keyDown(input, {key: 'ArrowDown', isComposing: true});
    fireEvent.keyDown(input, {key: 'Enter', isComposing: true});
    expect(onOpen).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getAllByRole('option')[0]?.id,
    );
  });

  it('has no list and points at none while there are no results', () => {
    const {input} = renderBox({status: 'done', hits: [], total: 0, counts: {}});
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-controls')).toBe(false);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('결과 없음');
  });
});

describe('statusText', () => {
  it('says why search is unavailable, in one sentence', () => {
    expect(
      statusText({
        status: 'unavailable',
        hits: [],
        total: 0,
        counts: {},
        message: '검색 색인은 빌드할 때 만들어집니다.',
      }),
    ).toBe('검색 색인은 빌드할 때 만들어집니다.');
  });

  it('says it is searching until the first results arrive', () => {
    expect(statusText({...done, status: 'loading', hits: []})).toBe('검색 중…');
    expect(statusText({...done, status: 'loading'})).toBe('결과 2개');
  });

  it('says nothing before the reader types', () => {
    expect(statusText({status: 'idle', hits: [], total: 0, counts: {}})).toBe(
      '',
    );
  });
});
