export interface ListFilter {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string | null;
}

/**
 * The search box and filters above a list, as a GET form: the URL is the list's state (shareable,
 * back button), and a new search starts from the first page. The placeholder names exactly what
 * the API searches, so it never promises a match the list cannot find.
 */
export function ListSearch({
  label,
  query,
  placeholder,
  filters = [],
  keep = {},
  children,
}: {
  /** the form's and the search box's name: "Search products" */
  label: string;
  query: string | null;
  placeholder: string;
  filters?: readonly ListFilter[];
  /** URL values the form carries over (the sort order) */
  keep?: Record<string, string | null | undefined>;
  children?: React.ReactNode;
}) {
  return (
    <search>
      <form method="get" className="row list-search" aria-label={label}>
        {Object.entries(keep).map(([name, value]) =>
          value ? <input key={name} type="hidden" name={name} value={value} /> : null,
        )}
        <div>
          <label htmlFor="q">{label}</label>
          <input id="q" name="q" type="search" defaultValue={query ?? ''} placeholder={placeholder} />
        </div>
        {filters.map((filter) => (
          <div key={filter.name}>
            <label htmlFor={`filter-${filter.name}`}>{filter.label}</label>
            <select id={`filter-${filter.name}`} name={filter.name} defaultValue={filter.value ?? ''}>
              <option value="">Any</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {children}
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

/** The list's order from the URL, when it is one the list offers. */
export function sortOf<K extends string>(
  params: Record<string, string | undefined>,
  keys: readonly K[],
  fallback: { by: K; desc: boolean },
): { by: K; desc: boolean } {
  const by = keys.find((key) => key === params.sort);
  return by ? { by, desc: params.dir === 'desc' } : fallback;
}
