import { graphql } from '../../../generated/gql.ts';

/** Receivables, payables and payment runs: the documents of their pages (actions in open-item-actions.ts). */

export const FinanceReceivables = graphql(`
  query Finance_Receivables($asOf: String, $partyId: ID) {
    financeReceivablesAging(asOf: $asOf) {
      asOf
      baseCurrency
      rows {
        partyId
        partyName
        partyEmail
        itemCount
        current
        days1To30
        days31To60
        days61To90
        over90
        total
      }
      totals {
        current
        days1To30
        days31To60
        days61To90
        over90
        total
      }
    }
    financeOpenItems(kind: RECEIVABLE, partyId: $partyId, status: OPEN, first: 50) {
      totalCount
      edges {
        node {
          id
          documentNumber
          partyId
          partyName
          partyEmail
          currency
          amount
          openAmount
          openBaseAmount
          documentDate
          dueDate
          daysPastDue
        }
      }
    }
    agingCsv: financeReportCsv(report: RECEIVABLES_AGING, to: $asOf)
  }
`);

export const FinancePayables = graphql(`
  query Finance_Payables($asOf: String, $partyId: ID) {
    financePayablesAging(asOf: $asOf) {
      asOf
      baseCurrency
      rows {
        partyId
        partyName
        itemCount
        current
        days1To30
        days31To60
        days61To90
        over90
        total
      }
      totals {
        current
        days1To30
        days31To60
        days61To90
        over90
        total
      }
    }
    financeOpenItems(kind: PAYABLE, partyId: $partyId, status: OPEN, first: 50) {
      totalCount
      edges {
        node {
          id
          documentType
          documentNumber
          partyId
          partyName
          currency
          amount
          openAmount
          openBaseAmount
          documentDate
          dueDate
          daysPastDue
        }
      }
    }
    agingCsv: financeReportCsv(report: PAYABLES_AGING, to: $asOf)
  }
`);

export const FinancePaymentRuns = graphql(`
  query Finance_PaymentRuns($after: String, $asOf: String) {
    financePaymentRuns(first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          dueBy
          paymentDate
          supplierCount
          lineCount
          totalBaseAmount
          createdAt
        }
      }
    }
    financePayablesAging(asOf: $asOf) {
      rows {
        partyId
        partyName
        total
      }
    }
    financeSettings {
      baseCurrency
    }
  }
`);

export const FinancePaymentRun = graphql(`
  query Finance_PaymentRun($id: ID!) {
    financePaymentRun(id: $id) {
      id
      number
      status
      dueBy
      paymentDate
      supplierCount
      lineCount
      totalBaseAmount
      availableActions
      lines {
        supplierName
        amount
        baseAmount
        entryId
        item {
          id
          documentType
          documentNumber
          currency
          openAmount
          dueDate
        }
      }
    }
    financeSettings {
      baseCurrency
    }
  }
`);
