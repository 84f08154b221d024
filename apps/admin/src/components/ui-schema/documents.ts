import { graphql } from '../../generated/gql.ts';

/** The flag and the enabled extensions of a point (what a page renders). */
export const ExtensionsOfPoint = graphql(`
  query UiExtensions_OfPoint($point: UiExtensionPoint!) {
    featureEnabled(key: "admin.ui-extensions")
    uiExtensions(point: $point, enabledOnly: true) {
      id
      point
      title
      schema
    }
  }
`);

export const ExtensionById = graphql(`
  query UiExtensions_One($id: ID!) {
    uiExtension(id: $id) {
      id
      point
      title
      schema
      enabled
    }
  }
`);

export const ProductStatusSetFromExtension = graphql(`
  mutation UiExtensions_ProductStatusSet($input: ProductStatusSetInput!) {
    productStatusSet(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const OrderHoldPlaceFromExtension = graphql(`
  mutation UiExtensions_OrderHoldPlace($input: OrderHoldPlaceInput!) {
    orderHoldPlace(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const PluginActionRunFromExtension = graphql(`
  mutation UiExtensions_PluginActionRun($input: PluginActionRunInput!) {
    pluginActionRun(input: $input) {
      result {
        plugin
        action
        status
        message
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
