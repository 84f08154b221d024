/** The image list as the images fields send it (`ImageListField`), in its order: url, alt text and size of each. */
export function mediaRows(form: FormData) {
  const urls = form.getAll('mediaUrl').map(String);
  const alts = form.getAll('mediaAlt').map(String);
  const widths = form.getAll('mediaWidth').map(String);
  const heights = form.getAll('mediaHeight').map(String);
  return urls.map((url, index) => ({
    url,
    alt: alts[index]?.trim() || null,
    width: Number(widths[index]) || null,
    height: Number(heights[index]) || null,
    position: index,
  }));
}
