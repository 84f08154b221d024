/** Short, printable ids from a proxy or client are kept so one id follows a request end to end. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

const ids = new WeakMap<Request, string>();

export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && SANE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
    ids.set(request, id);
  }
  return id;
}
