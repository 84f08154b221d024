'use client';

import Image from 'next/image';
import { isPlatformImage } from './media.ts';

/**
 * A product image filling its fixed aspect box (the box reserves the space, so nothing shifts). An
 * image the platform stores goes through next/image: resized to what `sizes` asks, as WebP/AVIF, by
 * the app's image optimisation. Any other URL stays a plain <img> (next/image would fetch it on the
 * server, which offline hosts cannot), hidden when it fails to load: the neutral box stays instead of
 * a broken-image icon.
 */
export function ProductImage({
  url,
  alt,
  width,
  height,
  sizes,
  lazy,
}: {
  url: string;
  alt: string;
  width: number;
  height: number;
  /** the rendered width, as the `sizes` attribute says it (picks the variant's width) */
  sizes: string;
  lazy?: boolean;
}) {
  if (isPlatformImage(url)) {
    return <Image src={url} alt={alt} width={width} height={height} sizes={sizes} loading={lazy ? 'lazy' : 'eager'} />;
  }
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
