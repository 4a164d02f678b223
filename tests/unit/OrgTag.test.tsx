// @vitest-environment jsdom
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import OrgTag from '../../src/components/OrgTag';
import OrgTags from '../../src/components/OrgTags';
import {orgLabel} from '../../src/data/orgs';

afterEach(cleanup);

describe('OrgTag', () => {
  it('shows a known tag under the organisation’s display name', () => {
    render(<OrgTag {...orgLabel('shaomi')} />);
    const tag = screen.getByText('Xiaomi').closest('[data-org]');
    expect(tag?.getAttribute('data-org')).toBe('xiaomi');
    expect(tag?.getAttribute('title')).toBe('Xiaomi');
    expect(tag?.hasAttribute('data-org-unknown')).toBe(false);
  });

  it('links a known tag to its organisation page, and an unknown one nowhere', () => {
    render(<OrgTag {...orgLabel('shaomi')} />);
    expect(screen.getByText('Xiaomi').closest('a')?.getAttribute('href')).toBe(
      '/orgs/xiaomi',
    );
    render(<OrgTag {...orgLabel('some lab')} />);
    expect(screen.getByText('some lab').closest('a')).toBeNull();
  });

  it('puts the full name of an abbreviated organisation in the tooltip', () => {
    render(<OrgTag {...orgLabel('cmu')} />);
    const tag = screen.getByText('CMU').closest('[data-org]');
    expect(tag?.getAttribute('title')).toBe('Carnegie Mellon University');
  });

  it('shows an unknown tag as written, marked for the linter', () => {
    render(<OrgTag {...orgLabel('Initech Labs')} />);
    const tag = screen.getByText('Initech Labs').closest('[data-org-unknown]');
    expect(tag).not.toBeNull();
    expect(tag?.hasAttribute('data-org')).toBe(false);
  });
});

describe('OrgTags', () => {
  it('lists every tag under an accessible label', () => {
    render(<OrgTags orgs={['google', 'Initech', 'google'].map(orgLabel)} />);
    const list = screen.getByRole('list', {name: '기관'});
    expect(list.querySelectorAll('li')).toHaveLength(3);
  });

  it('renders nothing for an empty list', () => {
    const {container} = render(<OrgTags orgs={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
