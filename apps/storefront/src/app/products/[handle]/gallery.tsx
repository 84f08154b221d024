'use client';

import { ProductImage } from '@ucos/ui/product-image';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

export interface GalleryImage {
  url: string;
  alt: string | null;
  width: number | null;
  height: number | null;
}

/**
 * The product's images: the chosen one large in a fixed aspect box (the first image's shape, so
 * switching never moves the page), the others as thumbnails that choose it. Without JavaScript the
 * first image and the thumbnails still show.
 */
export function Gallery({ images, title }: { images: GalleryImage[]; title: string }) {
  const t = useTranslations('Product');
  const [chosen, setChosen] = useState(0);
  const first = images[0];
  const image = images[chosen] ?? first;
  return (
    <div className="gallery">
      <div
        className="media"
        style={first?.width && first.height ? { aspectRatio: `${first.width} / ${first.height}` } : undefined}
      >
        {image ? (
          <ProductImage
            key={image.url}
            url={image.url}
            alt={image.alt ?? title}
            width={image.width ?? 800}
            height={image.height ?? 800}
            sizes="(max-width: 800px) 100vw, 560px"
          />
        ) : null}
      </div>
      {images.length > 1 ? (
        <ul className="thumbs" aria-label={t('images')}>
          {images.map((thumb, index) => (
            <li key={thumb.url}>
              <button
                type="button"
                className={`media thumb${index === chosen ? ' chosen' : ''}`}
                aria-label={t('showImage', { index: index + 1, count: images.length })}
                aria-pressed={index === chosen}
                onClick={() => setChosen(index)}
              >
                <ProductImage
                  url={thumb.url}
                  alt=""
                  width={thumb.width ?? 800}
                  height={thumb.height ?? 800}
                  sizes="72px"
                  lazy
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
