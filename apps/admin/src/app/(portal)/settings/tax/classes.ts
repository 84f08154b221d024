/** The tax classes a variant can have (catalog's `ProductVariant.taxClass`), in the order the screen lists them. */
export const TAX_CLASSES = ['standard', 'reduced', 'zero', 'exempt'] as const;

/** 190000 ppm → "19", 88750 → "8.875". */
export const percentOf = (ratePpm: number) => String(ratePpm / 10_000);
