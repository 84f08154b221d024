-- UI extensions a plugin's manifest declares (`uiExtensions`): created when it is installed, replaced
-- when it is upgraded or rolled back, removed with its installation (the cascade). `declared` tells
-- them from the ones a tenant binds to an installation itself, which an upgrade leaves alone.
alter table ui_extensions add column declared boolean not null default false;
alter table ui_extensions add constraint ui_extensions_declared_by_installation
  check (not declared or installation_id is not null);
