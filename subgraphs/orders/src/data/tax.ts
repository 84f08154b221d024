import { localUuid, ok } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { DEFAULT_TAX_SETTINGS, type ShopTax, type TaxSettings, type TaxZone } from '../ports/tax.ts';
import { isTaxClass, type TaxRateRule, type TaxRounding } from '../tax/engine.ts';
import { type OrdersResult, ordersFail } from './errors.ts';

// hand SQL: one statement for the whole configuration, as carts and checkout read it on every pricing
const LOAD_TAX = `
  select (exists (select 1 from orders.tax_settings) or exists (select 1 from orders.tax_zones)) as configured,
    (select json_build_object('pricesIncludeTax', s.prices_include_tax, 'rounding', s.rounding,
                              'originCountry', s.origin_country)
       from orders.tax_settings s) as settings,
    coalesce((select json_agg(json_build_object(
        'id', z.id, 'name', z.name,
        'places', coalesce((select json_agg(case when c.region = '' then c.country else c.country || '-' || c.region end
                                            order by c.country, c.region)
                              from orders.tax_zone_countries c where c.zone_id = z.id), '[]'),
        'rates', coalesce((select json_agg(json_build_object('taxClass', r.tax_class, 'name', r.name, 'ratePpm', r.rate_ppm)
                                           order by array_position(array['standard', 'reduced', 'zero', 'exempt'], r.tax_class))
                             from orders.tax_rates r where r.zone_id = z.id), '[]'))
        order by z.created_at, z.id)
      from orders.tax_zones z), '[]') as zones`;

export async function loadShopTax(sql: Sql): Promise<ShopTax> {
  const row = (await one<{ configured: boolean; settings: TaxSettings | null; zones: TaxZone[] }>(
    sql,
    LOAD_TAX,
    [],
  )) as {
    configured: boolean;
    settings: TaxSettings | null;
    zones: TaxZone[];
  };
  return { configured: row.configured, settings: row.settings ?? DEFAULT_TAX_SETTINGS, zones: row.zones };
}

const FIELD = (...path: string[]) => ['input', ...path];

export interface TaxSettingsInput {
  pricesIncludeTax?: boolean | null;
  rounding?: TaxRounding | null;
  /** null clears it, omitted keeps it */
  originCountry?: string | null;
}

/** Writes the fields given; the first call also turns the shop's tax from the deployment's flat rate to its own. */
export function updateTaxSettings(db: TenantDb, input: TaxSettingsInput): Promise<OrdersResult<ShopTax>> {
  const changes = {
    ...(input.pricesIncludeTax != null ? { pricesIncludeTax: input.pricesIncludeTax } : {}),
    ...(input.rounding != null ? { rounding: input.rounding } : {}),
    ...(input.originCountry !== undefined ? { originCountry: input.originCountry?.toUpperCase() ?? null } : {}),
  };
  return db.tx(async (sql, tx) => {
    await orm(sql, (orders) =>
      orders.taxSettings.upsert({
        where: { tenantId: tx.tenantId },
        create: { tenantId: tx.tenantId, ...changes },
        update: { ...changes, updatedAt: new Date() },
        select: { tenantId: true },
      }),
    );
    return ok(await loadShopTax(sql));
  });
}

export interface TaxZoneInput {
  name: string;
  /** "DE" (a whole country) or "US-CA" (a region of it) */
  places: readonly string[];
  rates: readonly TaxRateRule[];
}

const PLACE = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;

const normalisedPlaces = (places: readonly string[]) =>
  [...new Set(places.map((place) => place.trim().toUpperCase()))].sort();

/** Rates: one per class, 0-100 % (0-1,000,000 ppm), named. */
function rateProblem(rates: readonly TaxRateRule[]): OrdersResult<never> | null {
  const seen = new Set<string>();
  for (const [index, rate] of rates.entries()) {
    const field = FIELD('rates', String(index));
    if (!isTaxClass(rate.taxClass)) {
      return ordersFail('INVALID_TAX_RATE', 'The tax class is standard, reduced, zero or exempt', [
        ...field,
        'taxClass',
      ]);
    }
    if (seen.has(rate.taxClass)) {
      return ordersFail('INVALID_TAX_RATE', `Two rates for the ${rate.taxClass} class`, [...field, 'taxClass']);
    }
    seen.add(rate.taxClass);
    if (!Number.isInteger(rate.ratePpm) || rate.ratePpm < 0 || rate.ratePpm > 1_000_000) {
      return ordersFail('INVALID_TAX_RATE', 'A rate is 0 to 1000000 parts per million (19 % = 190000)', [
        ...field,
        'ratePpm',
      ]);
    }
    if (rate.name.trim().length === 0 || rate.name.length > 100) {
      return ordersFail('INVALID_TAX_RATE', 'A rate needs a name of 1-100 characters', [...field, 'name']);
    }
  }
  return null;
}

// hand SQL: the places and the names of the zones holding them, in one statement
async function placesTaken(sql: Sql, places: readonly string[], zoneId: string | null) {
  const { rows } = await sql.query<{ place: string; zone: string }>(
    `select case when c.region = '' then c.country else c.country || '-' || c.region end as place, z.name as zone
       from orders.tax_zone_countries c join orders.tax_zones z on z.id = c.zone_id
      where (case when c.region = '' then c.country else c.country || '-' || c.region end) = any($1::text[])
        and ($2::uuid is null or c.zone_id <> $2::uuid)
      order by 1`,
    [places, zoneId],
  );
  if (rows.length === 0) return null;
  const taken = rows.map((row) => `${row.place} (${row.zone})`).join(', ');
  return ordersFail('COUNTRY_IN_ANOTHER_ZONE', `Already in another tax zone: ${taken}`, FIELD('places'));
}

async function writePlaces(sql: Sql, tenantId: string, zoneId: string, places: readonly string[]) {
  const parsed = places.map((place) => PLACE.exec(place) as RegExpExecArray);
  await orm(sql, (orders) => orders.taxZoneCountry.deleteMany({ where: { zoneId } }));
  // hand SQL: every place in one bulk unnest insert
  await sql.query(
    `insert into orders.tax_zone_countries (tenant_id, zone_id, country, region)
     select $1, $2, p.country, p.region from unnest($3::text[], $4::text[]) as p(country, region)`,
    [tenantId, zoneId, parsed.map((match) => match[1]), parsed.map((match) => match[2] ?? '')],
  );
}

async function writeRates(sql: Sql, tenantId: string, zoneId: string, rates: readonly TaxRateRule[]) {
  await orm(sql, (orders) => orders.taxRate.deleteMany({ where: { zoneId } }));
  // hand SQL: every rate in one bulk unnest insert
  await sql.query(
    `insert into orders.tax_rates (tenant_id, zone_id, tax_class, name, rate_ppm)
     select $1, $2, r.tax_class, r.name, r.rate_ppm from unnest($3::text[], $4::text[], $5::int[]) as r(tax_class, name, rate_ppm)`,
    [tenantId, zoneId, rates.map((r) => r.taxClass), rates.map((r) => r.name.trim()), rates.map((r) => r.ratePpm)],
  );
}

function placeProblem(places: readonly string[]): OrdersResult<never> | null {
  const bad = places.find((place) => !PLACE.test(place));
  return bad
    ? ordersFail('INVALID_INPUT', `${bad} is neither a country ("DE") nor a region ("US-CA")`, FIELD('places'))
    : null;
}

async function zoneById(sql: Sql, id: string): Promise<TaxZone> {
  return (await loadShopTax(sql)).zones.find((zone) => zone.id === id) as TaxZone;
}

export function createTaxZone(db: TenantDb, input: TaxZoneInput): Promise<OrdersResult<TaxZone>> {
  const places = normalisedPlaces(input.places);
  const invalid = placeProblem(places) ?? rateProblem(input.rates);
  if (invalid) return Promise.resolve(invalid);
  return db.tx(async (sql, tx) => {
    const taken = await placesTaken(sql, places, null);
    if (taken) return taken;
    const zone = await orm(sql, (orders) =>
      orders.taxZone.create({ data: { tenantId: tx.tenantId, name: input.name.trim() }, select: { id: true } }),
    );
    await writePlaces(sql, tx.tenantId, zone.id, places);
    await writeRates(sql, tx.tenantId, zone.id, input.rates);
    return ok(await zoneById(sql, zone.id));
  });
}

/** Renames a zone; `places` and `rates`, when given, replace the zone's. */
export function updateTaxZone(
  db: TenantDb,
  input: { id: string; name?: string | null; places?: readonly string[] | null; rates?: readonly TaxRateRule[] | null },
): Promise<OrdersResult<TaxZone>> {
  const id = localUuid(input.id, 'TaxZone', FIELD('id'));
  const places = input.places == null ? null : normalisedPlaces(input.places);
  const invalid = (places && placeProblem(places)) || (input.rates && rateProblem(input.rates));
  if (invalid) return Promise.resolve(invalid);
  return db.tx(async (sql, tx) => {
    // hand SQL: the zone's row lock orders concurrent edits of its places and rates
    const locked = await one(sql, 'select id from orders.tax_zones where id = $1 for update', [id]);
    if (!locked) return ordersFail('NOT_FOUND', 'No such tax zone', FIELD('id'));
    if (input.name != null) {
      const name = input.name.trim();
      await orm(sql, (orders) =>
        orders.taxZone.update({
          where: { tenantId_id: { tenantId: tx.tenantId, id } },
          data: { name },
          select: { id: true },
        }),
      );
    }
    if (places) {
      const taken = await placesTaken(sql, places, id);
      if (taken) return taken;
      await writePlaces(sql, tx.tenantId, id, places);
    }
    if (input.rates) await writeRates(sql, tx.tenantId, id, input.rates);
    return ok(await zoneById(sql, id));
  });
}

export function deleteTaxZone(db: TenantDb, input: { id: string }): Promise<OrdersResult<{ id: string }>> {
  const id = localUuid(input.id, 'TaxZone', FIELD('id'));
  return db.tx(async (sql) => {
    const deleted = await orm(sql, (orders) => orders.taxZone.deleteMany({ where: { id } }));
    if (deleted.count === 0) return ordersFail('NOT_FOUND', 'No such tax zone', FIELD('id'));
    return ok({ id });
  });
}
