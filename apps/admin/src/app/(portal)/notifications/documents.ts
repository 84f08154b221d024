import { graphql } from '../../../generated/gql.ts';

/** Every template in a locale, and the latest of the notification log (optionally by status). */
export const NotificationsOverview = graphql(`
  query Notifications_Overview($locale: String, $statuses: [NotificationStatus!], $withTemplates: Boolean!) {
    notificationTemplates(locale: $locale) @include(if: $withTemplates) {
      key
      locale
      description
      overridden
      updatedAt
    }
    notifications(first: 50, filter: { statuses: $statuses }) {
      totalCount
      edges {
        node {
          id
          template
          channel
          recipient
          status
          attempts
          subject
          eventType
          sentAt
          nextAttemptAt
          error
          createdAt
        }
      }
    }
  }
`);

export const NotificationTemplateEdit = graphql(`
  query Notifications_Template($key: String!, $locale: String) {
    notificationTemplate(key: $key, locale: $locale) {
      key
      locale
      description
      overridden
      subject
      mjml
      text
      sampleData
    }
  }
`);
