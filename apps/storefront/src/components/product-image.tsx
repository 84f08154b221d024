'use client';

/**
 * A product image inside a fixed aspect box (the box reserves the space, so nothing shifts). An
 * image that fails to load is hidden, leaving the neutral box instead of a broken-image icon. A
 * plain <img>: next/image would fetch remote images on the server, which offline hosts cannot.
 */
export function ProductImage({
  url,
  alt,
  width,
  height,
  lazy,
}: {
  url: string;
  alt: string;
  width: number;
  height: number;
  lazy?: boolean;
}) {
  return (
    // biome-ignore lint/performance/noImgElement: see above
    <img
      src={url}
      alt={alt}
      width={width}
      height={height}
      loading={lazy ? 'lazy' : 'eager'}
      onError={(event) => {
        event.currentTarget.style.visibility = 'hidden';
      }}
    />
  );
}
