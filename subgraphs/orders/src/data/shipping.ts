import { localUuid, ok, type UniqueErrors } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import { type ShippingCalculator, type ZoneMethodRule, type ZoneRule, zoneShipping } from '../ports/calculators.ts';
import { type OrdersErrorCode, type OrdersResult, ordersError, ordersFail } from './errors.ts';

/** A method of a zone as the admin edits it. */
export interface ShippingZoneMethodRow extends ZoneMethodRule {
  id: string;
  zoneId: string;
}

export interface ShippingZoneRow {
  id: string;
  name: string;
  /** ISO 3166 alpha-2, upper case, sorted; empty for the rest-of-world zone */
  countries: string[];
  restOfWorld: boolean;
  methods: ShippingZoneMethodRow[];
}

export interface ShopShipping {
  /** false: the shop never had zones of its own and is offered the deployment's defaults */
  configured: boolean;
  zones: ShippingZoneRow[];
  /** the tenant selected the plugin-backed shipping-rates adapter (Settings → Integrations) */
  ratesFromPlugins: boolean;
}

// One statement for the whole offer: carts and checkout read it on every pricing, so the zones, their
// countries and methods come back together as JSON (row security scopes all three to the tenant).
const LOAD_SHIPPING = `
  select exists (select 1 from orders.shipping_settings) as configured,
    exists (select 1 from orders.integrations
             where kind = 'shippingRates' and adapter_id = 'plugin' and enabled) as "ratesFromPlugins",
    coalesce((select json_agg(json_build_object(
        'id', z.id, 'name', z.name, 'restOfWorld', z.rest_of_world,
        'countries', coalesce((select json_agg(c.country order by c.country)
                                 from orders.shipping_zone_countries c where c.zone_id = z.id), '[]'),
        'methods', coalesce((select json_agg(json_build_object(
            'id', m.id, 'zoneId', m.zone_id, 'code', m.code, 'name', m.name, 'currency', m.currency,
            'amount', m.amount, 'freeFrom', m.free_from,
            'estimatedDaysMin', m.estimated_days_min, 'estimatedDaysMax', m.estimated_days_max)
            order by m.position, m.id)
          from orders.shipping_zone_methods m where m.zone_id = z.id), '[]'))
        order by z.rest_of_world, z.created_at, z.id)
      from orders.shipping_zones z), '[]') as zones`;

export async function loadShopShipping(sql: Sql): Promise<ShopShipping> {
  return (await one<ShopShipping>(sql, LOAD_SHIPPING, [])) as ShopShipping;
}

/**
 * What the shop offers: its own zones once it has them, else the deployment's defaults
 * (`SHIPPING_METHODS` as zones), which are not copied until staff look at or change them.
 */
export function shippingOf(shop: ShopShipping, defaults: readonly ZoneRule[]): ShippingCalculator {
  return zoneShipping(shop.configured ? shop.zones : defaults);
}

/**
 * Copies the defaults into the shop's tables the first time its staff read or change its zones, so
 * they edit real rows. The settings row is inserted first: of two concurrent first calls one inserts
 * and seeds, the other waits for its commit and finds the row.
 */
export async function seedShipping(sql: Sql, tenantId: string, defaults: readonly ZoneRule[]): Promise<void> {
  const inserted = await one(
    sql,
    'insert into orders.shipping_settings (tenant_id) values ($1) on conflict do nothing returning tenant_id',
    [tenantId],
  );
  if (!inserted) return;
  for (const zone of defaults) {
    const created = (await one<{ id: string }>(
      sql,
      'insert into orders.shipping_zones (tenant_id, name, rest_of_world) values ($1, $2, $3) returning id',
      [tenantId, zone.name, zone.restOfWorld],
    )) as { id: string };
    await insertCountries(sql, tenantId, created.id, zone.countries);
    // bulk insert of the zone's methods, positions in the table's order
    await sql.query(
      `insert into orders.shipping_zone_methods
         (tenant_id, zone_id, code, name, currency, amount, free_from, estimated_days_min, estimated_days_max, position)
       select $1, $2, m.code, m.name, m.currency, m.amount, m.free_from, m.min, m.max, m.position
         from unnest($3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::int[], $9::int[])
              with ordinality as m(code, name, currency, amount, free_from, min, max, position)`,
      [
        tenantId,
        created.id,
        zone.methods.map((m) => m.code),
        zone.methods.map((m) => m.name),
        zone.methods.map((m) => m.currency),
        zone.methods.map((m) => m.amount),
        zone.methods.map((m) => m.freeFrom),
        zone.methods.map((m) => m.estimatedDaysMin),
        zone.methods.map((m) => m.estimatedDaysMax),
      ],
    );
  }
}

const insertCountries = (sql: Sql, tenantId: string, zoneId: string, countries: readonly string[]) =>
  sql.query(
    `insert into orders.shipping_zone_countries (tenant_id, zone_id, country)
     select $1, $2, unnest($3::text[])`,
    [tenantId, zoneId, countries],
  );

/** The shop's zones for its staff, seeded from the defaults on the first look. */
export function listShippingZones(db: TenantDb, defaults: readonly ZoneRule[]): Promise<ShippingZoneRow[]> {
  return db
    .tx(async (sql, tx) => {
      await seedShipping(sql, tx.tenantId, defaults);
      return ok((await loadShopShipping(sql)).zones);
    })
    .then((result) => {
      // the work above returns no business failure: anything else is a fault, not an empty list
      if (!result.ok) throw new Error(`listing shipping zones failed: ${JSON.stringify(result.errors)}`);
      return result.value;
    });
}

/** One of the shop's zones by id (for `node(id:)`); null when the shop has no such zone. */
export function findShippingZone(db: TenantDb, id: string): Promise<ShippingZoneRow | null> {
  return db.run((sql) => zoneById(sql, id));
}

export interface ZoneInput {
  name: string;
  /** ISO 3166 alpha-2 (any case); none: the rest-of-world zone */
  countries: readonly string[];
}

export interface ZoneMethodInput {
  code: string;
  name: string;
  currency: string;
  amount: number;
  freeFrom: number | null;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
}

const FIELD = (name: string) => ['input', name];
const zoneUniqueErrors: UniqueErrors<OrdersErrorCode> = {
  shipping_zones_one_rest_of_world: ordersError(
    'REST_OF_WORLD_EXISTS',
    'The shop already has a rest-of-world zone (a zone without countries); give this one countries',
    FIELD('countries'),
  ),
  shipping_zone_countries_pkey: ordersError(
    'COUNTRY_IN_ANOTHER_ZONE',
    'A country can be in only one zone',
    FIELD('countries'),
  ),
};
const methodUniqueErrors: UniqueErrors<OrdersErrorCode> = {
  shipping_zone_methods_code: ordersError(
    'SHIPPING_METHOD_EXISTS',
    'The zone already has a method with this code in this currency',
    FIELD('code'),
  ),
};

const normalisedCountries = (countries: readonly string[]) =>
  [...new Set(countries.map((country) => country.trim().toUpperCase()))].sort();

/** Names the countries already in another zone, so the merchant knows which to move. */
async function countriesTaken(
  sql: Sql,
  countries: readonly string[],
  zoneId: string | null,
): Promise<OrdersResult<never> | null> {
  const { rows } = await sql.query<{ country: string; zone: string }>(
    `select c.country, z.name as zone from orders.shipping_zone_countries c
       join orders.shipping_zones z on z.id = c.zone_id
      where c.country = any($1::text[]) and ($2::uuid is null or c.zone_id <> $2::uuid) order by c.country`,
    [countries, zoneId],
  );
  if (rows.length === 0) return null;
  const taken = rows.map((row) => `${row.country} (${row.zone})`).join(', ');
  return ordersFail('COUNTRY_IN_ANOTHER_ZONE', `Already in another zone: ${taken}`, FIELD('countries'));
}

async function zoneById(sql: Sql, id: string): Promise<ShippingZoneRow | null> {
  return (await loadShopShipping(sql)).zones.find((zone) => zone.id === id) ?? null;
}

export function createShippingZone(
  db: TenantDb,
  defaults: readonly ZoneRule[],
  input: ZoneInput,
): Promise<OrdersResult<ShippingZoneRow>> {
  const countries = normalisedCountries(input.countries);
  return db.tx(
    async (sql, tx) => {
      await seedShipping(sql, tx.tenantId, defaults);
      const taken = await countriesTaken(sql, countries, null);
      if (taken) return taken;
      const zone = await orm(sql, (orders) =>
        orders.shippingZone.create({
          data: { tenantId: tx.tenantId, name: input.name.trim(), restOfWorld: countries.length === 0 },
          select: { id: true },
        }),
      );
      await insertCountries(sql, tx.tenantId, zone.id, countries);
      return ok((await zoneById(sql, zone.id)) as ShippingZoneRow);
    },
    { unique: zoneUniqueErrors },
  );
}

/** Renames a zone and, when `countries` is given, replaces its countries (none: rest of world). */
export function updateShippingZone(
  db: TenantDb,
  defaults: readonly ZoneRule[],
  input: { id: string; name?: string | null; countries?: readonly string[] | null },
): Promise<OrdersResult<ShippingZoneRow>> {
  const id = localUuid(input.id, 'ShippingZone', FIELD('id'));
  const countries = input.countries == null ? null : normalisedCountries(input.countries);
  return db.tx(
    async (sql, tx) => {
      await seedShipping(sql, tx.tenantId, defaults);
      const locked = await one(sql, 'select id from orders.shipping_zones where id = $1 for update', [id]);
      if (!locked) return ordersFail('NOT_FOUND', 'No such shipping zone', FIELD('id'));
      if (countries) {
        const taken = await countriesTaken(sql, countries, id);
        if (taken) return taken;
        await sql.query('delete from orders.shipping_zone_countries where zone_id = $1', [id]);
        await insertCountries(sql, tx.tenantId, id, countries);
      }
      await orm(sql, (orders) =>
        orders.shippingZone.update({
          where: { tenantId_id: { tenantId: tx.tenantId, id } },
          data: {
            ...(input.name != null ? { name: input.name.trim() } : {}),
            ...(countries ? { restOfWorld: countries.length === 0 } : {}),
          },
          select: { id: true },
        }),
      );
      return ok((await zoneById(sql, id)) as ShippingZoneRow);
    },
    { unique: zoneUniqueErrors },
  );
}

/** Deletes a zone and its methods; carts already priced with one are priced again on their next read. */
export function deleteShippingZone(
  db: TenantDb,
  defaults: readonly ZoneRule[],
  input: { id: string },
): Promise<OrdersResult<{ id: string }>> {
  const id = localUuid(input.id, 'ShippingZone', FIELD('id'));
  return db.tx(async (sql, tx) => {
    await seedShipping(sql, tx.tenantId, defaults);
    const deleted = await orm(sql, (orders) => orders.shippingZone.deleteMany({ where: { id } }));
    if (deleted.count === 0) return ordersFail('NOT_FOUND', 'No such shipping zone', FIELD('id'));
    return ok({ id });
  });
}

const daysInOrder = (min: number, max: number): OrdersResult<never> | null =>
  max < min
    ? ordersFail('INVALID_INPUT', 'The latest delivery day must not be before the earliest', FIELD('estimatedDaysMax'))
    : null;

export function createShippingZoneMethod(
  db: TenantDb,
  defaults: readonly ZoneRule[],
  input: ZoneMethodInput & { zoneId: string },
): Promise<OrdersResult<{ zone: ShippingZoneRow; methodId: string }>> {
  const zoneId = localUuid(input.zoneId, 'ShippingZone', FIELD('zoneId'));
  const badDays = daysInOrder(input.estimatedDaysMin, input.estimatedDaysMax);
  if (badDays) return Promise.resolve(badDays);
  return db.tx(
    async (sql, tx) => {
      await seedShipping(sql, tx.tenantId, defaults);
      // the zone's row lock orders concurrent additions, so positions stay distinct
      const zone = await one(sql, 'select id from orders.shipping_zones where id = $1 for update', [zoneId]);
      if (!zone) return ordersFail('NOT_FOUND', 'No such shipping zone', FIELD('zoneId'));
      const last = await orm(sql, (orders) =>
        orders.shippingZoneMethod.aggregate({ where: { zoneId }, _max: { position: true } }),
      );
      const method = await orm(sql, (orders) =>
        orders.shippingZoneMethod.create({
          data: {
            tenantId: tx.tenantId,
            zoneId,
            code: input.code,
            name: input.name.trim(),
            currency: input.currency,
            amount: BigInt(input.amount),
            freeFrom: input.freeFrom === null ? null : BigInt(input.freeFrom),
            estimatedDaysMin: input.estimatedDaysMin,
            estimatedDaysMax: input.estimatedDaysMax,
            position: (last._max.position ?? 0) + 1,
          },
          select: { id: true },
        }),
      );
      return ok({ zone: (await zoneById(sql, zoneId)) as ShippingZoneRow, methodId: method.id });
    },
    { unique: methodUniqueErrors },
  );
}

/** Changes the fields given; `freeFrom: null` removes the free-shipping threshold, omitted keeps it. */
export function updateShippingZoneMethod(
  db: TenantDb,
  defaults: readonly ZoneRule[],
  input: { [Field in keyof ZoneMethodInput]?: ZoneMethodInput[Field] | null } & { id: string },
): Promise<OrdersResult<{ zone: ShippingZoneRow; methodId: string }>> {
  const id = localUuid(input.id, 'ShippingZoneMethod', FIELD('id'));
  return db.tx(
    async (sql, tx) => {
      await seedShipping(sql, tx.tenantId, defaults);
      const current = await one<{ zoneId: string; estimatedDaysMin: number; estimatedDaysMax: number }>(
        sql,
        `select zone_id as "zoneId", estimated_days_min as "estimatedDaysMin", estimated_days_max as "estimatedDaysMax"
           from orders.shipping_zone_methods where id = $1 for update`,
        [id],
      );
      if (!current) return ordersFail('NOT_FOUND', 'No such shipping method', FIELD('id'));
      const badDays = daysInOrder(
        input.estimatedDaysMin ?? current.estimatedDaysMin,
        input.estimatedDaysMax ?? current.estimatedDaysMax,
      );
      if (badDays) return badDays;
      await orm(sql, (orders) =>
        orders.shippingZoneMethod.update({
          where: { tenantId_id: { tenantId: tx.tenantId, id } },
          data: {
            ...(input.code != null ? { code: input.code } : {}),
            ...(input.name != null ? { name: input.name.trim() } : {}),
            ...(input.currency != null ? { currency: input.currency } : {}),
            ...(input.amount != null ? { amount: BigInt(input.amount) } : {}),
            ...(input.freeFrom !== undefined
              ? { freeFrom: input.freeFrom === null ? null : BigInt(input.freeFrom) }
              : {}),
            ...(input.estimatedDaysMin != null ? { estimatedDaysMin: input.estimatedDaysMin } : {}),
            ...(input.estimatedDaysMax != null ? { estimatedDaysMax: input.estimatedDaysMax } : {}),
          },
          select: { id: true },
        }),
      );
      return ok({ zone: (await zoneById(sql, current.zoneId)) as ShippingZoneRow, methodId: id });
    },
    { unique: methodUniqueErrors },
  );
}

export function deleteShippingZoneMethod(
  db: TenantDb,
  defaults: readonly ZoneRule[],
  input: { id: string },
): Promise<OrdersResult<{ zone: ShippingZoneRow; methodId: string }>> {
  const id = localUuid(input.id, 'ShippingZoneMethod', FIELD('id'));
  return db.tx(async (sql, tx) => {
    await seedShipping(sql, tx.tenantId, defaults);
    const deleted = await one<{ zoneId: string }>(
      sql,
      'delete from orders.shipping_zone_methods where id = $1 returning zone_id as "zoneId"',
      [id],
    );
    if (!deleted) return ordersFail('NOT_FOUND', 'No such shipping method', FIELD('id'));
    return ok({ zone: (await zoneById(sql, deleted.zoneId)) as ShippingZoneRow, methodId: id });
  });
}
