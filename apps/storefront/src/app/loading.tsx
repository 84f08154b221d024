export default function Loading() {
  return (
    <div aria-busy="true">
      <span className="sr-only">Loading…</span>
      <ul className="products">
        {Array.from({ length: 8 }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <li key={index}>
            <div className="media skeleton" />
            <div className="skeleton" style={{ height: 16, marginTop: 8 }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
