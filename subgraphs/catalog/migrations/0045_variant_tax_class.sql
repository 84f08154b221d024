-- The tax class of a variant: orders looks up the rate of this class in the destination's tax zone.
-- Existing variants are 'standard', the class every shop has.
alter table variants
  add column tax_class text not null default 'standard'
    check (tax_class in ('standard', 'reduced', 'zero', 'exempt'));
