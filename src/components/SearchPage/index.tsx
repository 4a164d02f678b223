import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useState, type ReactNode} from 'react';
import SearchBox from '@site/src/components/SearchBox';
import {resolveOrg} from '@site/src/data/orgs';
import {
  parseSearchParams,
  toSearchParams,
  toggleFilter,
  type SearchRequest,
} from '@site/src/client/search/query';
import {KIND_LABELS, type FilterName} from '@site/src/client/search/schema';
import {useSearch} from '@site/src/client/search/useSearch';
import styles from './styles.module.css';

/** Results per page; "더 보기" shows as many again. */
const PAGE_SIZE = 20;

const EMPTY: SearchRequest = {query: '', filters: {}};

/** The filter groups, in the order shown, with how values are labelled. */
const GROUPS: readonly {
  name: FilterName;
  legend: string;
  label: (value: string) => string;
  order: (a: [string, number], b: [string, number]) => number;
}[] = [
  {
    name: 'kind',
    legend: '종류',
    label: (value) => KIND_LABELS[value as keyof typeof KIND_LABELS] ?? value,
    order: ([a], [b]) =>
      Object.keys(KIND_LABELS).indexOf(a) - Object.keys(KIND_LABELS).indexOf(b),
  },
  {
    name: 'year',
    legend: '연도',
    label: (value) => `${value}년`,
    order: ([a], [b]) => b.localeCompare(a),
  },
  {
    name: 'org',
    legend: '기관',
    label: (value) => resolveOrg(value)?.org.name ?? value,
    order: ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b),
  },
];

/**
 * The search page: the query and filters live in the address
 * (`/search?q=라우팅&org=google`), so a search can be shared.
 */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The server renders no query: the address is read once hydrated.
  const addressSearch = useIsBrowser() ? location.search : '';
  const [adopted, setAdopted] = useState('');
  const [request, setRequest] = useState(EMPTY);
  const [limit, setLimit] = useState(PAGE_SIZE);
  if (addressSearch !== adopted) {
    // A link or history step to another search: it replaces the current one.
    setAdopted(addressSearch);
    setRequest(parseSearchParams(addressSearch));
    setLimit(PAGE_SIZE);
  }
  const view = useSearch(request, limit, {allCounts: true});

  const change = (next: SearchRequest) => {
    setRequest(next);
    setLimit(PAGE_SIZE);
    // Not a router navigation: one per keystroke would race the typing.
    window.history.replaceState(
      window.history.state,
      '',
      `${location.pathname}${toSearchParams(next)}`,
    );
  };

  return (
    <div className={styles.page}>
      <SearchBox
        className={styles.box}
        query={request.query}
        onQueryChange={(query) => change({...request, query})}
        view={view}
        onOpen={(hit) => history.push(hit.url)}
        autoFocus
        footer={
          view.total > view.hits.length && (
            <button
              type="button"
              className="button button--secondary margin-top--md"
              onClick={() => setLimit(limit + PAGE_SIZE)}
            >
              더 보기 ({view.hits.length}/{view.total})
            </button>
          )
        }
      />
      <aside className={styles.filters} aria-label="검색 필터">
        {GROUPS.map((group) => {
          const chosen = request.filters[group.name] ?? [];
          const counts = view.counts[group.name] ?? {};
          // Values without results for this query are left out, unless chosen.
          const values = Object.entries(counts).filter(
            ([value, count]) => count > 0 || chosen.includes(value),
          );
          for (const value of chosen) {
            if (!(value in counts)) values.push([value, 0]);
          }
          if (values.length === 0) return null;
          return (
            <fieldset key={group.name} className={styles.group}>
              <legend className={styles.legend}>{group.legend}</legend>
              <div className={styles.values}>
                {values.sort(group.order).map(([value, count]) => (
                  <label key={value} className={styles.value}>
                    <input
                      type="checkbox"
                      name={group.name}
                      value={value}
                      checked={chosen.includes(value)}
                      onChange={() =>
                        change({
                          ...request,
                          filters: toggleFilter(
                            request.filters,
                            group.name,
                            value,
                          ),
                        })
                      }
                    />
                    <span className={styles.valueLabel}>
                      {group.label(value)}
                    </span>
                    <span className={styles.count}>{count}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </aside>
    </div>
  );
}
