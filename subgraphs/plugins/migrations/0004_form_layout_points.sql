-- The layouts of the custom-fields forms (issue 15 §4): four more extension points, whose schema is one
-- `form` block (titled sections of custom-field keys; @ucos/plugin-sdk/ui-schema). At most one enabled
-- layout per form point is kept by uiExtensionSave (LAYOUT_EXISTS), under a transaction lock.
alter table ui_extensions drop constraint ui_extensions_point_check;
alter table ui_extensions add constraint ui_extensions_point_check
  check (point in ('PRODUCT_PANEL', 'ORDER_PANEL', 'CUSTOMER_PANEL', 'DASHBOARD_WIDGET', 'NAV_PAGE',
                   'PRODUCT_FORM', 'CUSTOMER_FORM', 'ORDER_FORM', 'SUPPLIER_FORM'));
