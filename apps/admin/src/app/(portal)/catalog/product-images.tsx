'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { ProductImage } from '@ucos/ui/product-image';
import { Submit } from '@ucos/ui/submit';
import { useState } from 'react';
import { useFormAction } from '../../../components/use-form-action.ts';
import { saveProductImages } from './actions.ts';

export interface EditableImage {
  url: string;
  alt: string | null;
  width: number | null;
  height: number | null;
}

const ACCEPTED = 'image/png,image/jpeg,image/webp,image/avif';

/**
 * The image fields of a product form: upload (stored by the platform at once, on the product when the
 * form is saved), alt text, order (the first is the one on cards) and removal. Sends `mediaUrl`,
 * `mediaAlt`, `mediaWidth`, `mediaHeight` per image, in order; errors keyed `media.<i>.url` show
 * beside their image.
 */
export function ImageListField({
  images,
  canWrite,
  errors,
}: {
  images: readonly EditableImage[];
  canWrite: boolean;
  errors?: Record<string, string> | undefined;
}) {
  const [list, setList] = useState<EditableImage[]>(() => [...images]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function upload(files: FileList | null) {
    setUploadError(null);
    setUploading(true);
    try {
      for (const file of Array.from(files ?? [])) {
        const response = await fetch('/media', {
          method: 'POST',
          headers: { 'content-type': file.type || 'application/octet-stream' },
          body: file,
        });
        const body = (await response.json()) as {
          url?: string;
          width?: number;
          height?: number;
          error?: { message: string };
        };
        if (!response.ok || !body.url) {
          setUploadError(`${file.name}: ${body.error?.message ?? `upload failed (${response.status})`}`);
          return;
        }
        const uploaded: EditableImage = {
          url: body.url,
          alt: null,
          width: body.width ?? null,
          height: body.height ?? null,
        };
        setList((current) => [...current, uploaded]);
      }
    } finally {
      setUploading(false);
    }
  }

  const move = (index: number, by: -1 | 1) =>
    setList((current) => {
      const next = [...current];
      const [image] = next.splice(index, 1);
      next.splice(index + by, 0, image!);
      return next;
    });

  return (
    <fieldset>
      <legend>Images</legend>
      {list.length === 0 ? <p className="muted">No images yet.</p> : null}
      <ol className="image-list">
        {list.map((image, index) => (
          <li key={image.url} className="row" style={{ alignItems: 'center', gap: 12 }}>
            <span className="thumb-box">
              <ProductImage
                url={image.url}
                alt=""
                width={image.width ?? 160}
                height={image.height ?? 160}
                sizes="64px"
              />
            </span>
            <input type="hidden" name="mediaUrl" value={image.url} />
            <input type="hidden" name="mediaWidth" value={image.width ?? ''} />
            <input type="hidden" name="mediaHeight" value={image.height ?? ''} />
            <label>
              Alt text of image {index + 1}
              <input
                name="mediaAlt"
                value={image.alt ?? ''}
                onChange={(event) => {
                  const alt = event.target.value;
                  setList((current) => current.map((item, at) => (at === index ? { ...item, alt } : item)));
                }}
              />
            </label>
            {errors?.[`media.${index}.url`] ? <p className="field-error">{errors[`media.${index}.url`]}</p> : null}
            {canWrite ? (
              <>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Move image ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Move image ${index + 1} down`}
                  disabled={index === list.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove image ${index + 1}`}
                  onClick={() => setList((current) => current.filter((_, at) => at !== index))}
                >
                  Remove
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <div>
          <label htmlFor="product-image-upload">Upload images (PNG, JPEG, WebP or AVIF)</label>
          <input
            id="product-image-upload"
            type="file"
            accept={ACCEPTED}
            multiple
            onChange={(event) => {
              void upload(event.target.files);
              event.target.value = '';
            }}
          />
          {uploading ? <p role="status">Uploading…</p> : null}
          {uploadError ? (
            <p className="field-error" role="alert">
              {uploadError}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}

/** An existing product's images, saved on their own ("Save images" replaces the product's list). */
export function ProductImages({
  productId,
  version,
  images,
  canWrite,
}: {
  productId: string;
  version: number;
  images: readonly EditableImage[];
  canWrite: boolean;
}) {
  const [state, action] = useFormAction(saveProductImages);
  return (
    <form action={action} aria-label="Product images" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="version" value={version} />
      <fieldset disabled={!canWrite} style={{ border: 0, padding: 0 }}>
        <ImageListField images={images} canWrite={canWrite} errors={state.errors} />
      </fieldset>
      {canWrite ? (
        <div className="form-actions">
          <Submit>Save images</Submit>
          <FormFeedback state={state} />
        </div>
      ) : null}
    </form>
  );
}
