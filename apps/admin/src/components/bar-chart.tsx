/** A small accessible bar chart as inline SVG (no chart library): one bar per labelled value. */
export function BarChart({ title, points }: { title: string; points: { label: string; value: number }[] }) {
  const width = 560;
  const height = 180;
  const max = Math.max(1, ...points.map((point) => point.value));
  const slot = width / Math.max(1, points.length);
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height + 24}`} width="100%" role="img" aria-labelledby="chart-title">
        <title id="chart-title">{title}</title>
        {points.map((point, index) => {
          const barHeight = Math.round((point.value / max) * height);
          return (
            <g key={point.label}>
              <rect
                x={index * slot + 6}
                y={height - barHeight}
                width={slot - 12}
                height={barHeight}
                fill="#2447d6"
                rx="3"
              >
                <title>{`${point.label}: ${point.value}`}</title>
              </rect>
              <text x={index * slot + slot / 2} y={height + 16} textAnchor="middle" fontSize="11" fill="#5b6270">
                {point.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{points.map((point) => `${point.label}: ${point.value}`).join(', ')}</figcaption>
    </figure>
  );
}
