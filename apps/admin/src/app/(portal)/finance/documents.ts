import { graphql } from '../../../generated/gql.ts';

export const FinanceReports = graphql(`
  query Finance_Reports($from: String, $to: String) {
    financeProfitAndLoss(from: $from, to: $to) {
      baseCurrency
      totalRevenue
      totalExpenses
      costOfGoodsSold
      grossMargin
      netIncome
      revenue {
        accountId
        code
        name
        amount
      }
      expenses {
        accountId
        code
        name
        amount
      }
      months {
        month
        revenue
        costOfGoodsSold
        grossMargin
        netIncome
      }
    }
    financeTrialBalance(from: $from, to: $to) {
      totalDebit
      totalCredit
      closingDebit
      closingCredit
      balanced
      rows {
        accountId
        code
        name
        type
        opening
        debit
        credit
        closing
      }
    }
    financeBalanceSheet(from: $from, to: $to) {
      totalAssets
      totalLiabilities
      totalEquity
      retainedEarnings
      currentEarnings
      balanced
      assets {
        accountId
        code
        name
        amount
      }
      liabilities {
        accountId
        code
        name
        amount
      }
      equity {
        accountId
        code
        name
        amount
      }
    }
    trialBalanceCsv: financeReportCsv(report: TRIAL_BALANCE, from: $from, to: $to)
    profitAndLossCsv: financeReportCsv(report: PROFIT_AND_LOSS, from: $from, to: $to)
    balanceSheetCsv: financeReportCsv(report: BALANCE_SHEET, from: $from, to: $to)
  }
`);

export const FinanceJournal = graphql(`
  query Finance_Journal($filter: JournalEntryFilter, $after: String) {
    financeJournalEntries(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          entryDate
          description
          sourceType
          sourceId
          total
          reversedByEntryId
        }
      }
    }
    financeAccounts {
      id
      code
      name
    }
    financePeriods {
      id
      month
    }
    financeSettings {
      baseCurrency
    }
  }
`);

export const FinanceEntry = graphql(`
  query Finance_Entry($id: ID!) {
    financeJournalEntry(id: $id) {
      id
      number
      entryDate
      originalDate
      description
      sourceType
      sourceId
      eventId
      postedAt
      total
      reversesEntryId
      reversedByEntryId
      documents {
        kind
        id
        number
      }
      lines {
        lineNo
        accountId
        accountCode
        accountName
        debit
        credit
        currency
        amount
        rate
        memo
      }
    }
    financeSettings {
      baseCurrency
    }
  }
`);

export const FinanceAccounts = graphql(`
  query Finance_Accounts {
    financeAccounts {
      id
      code
      name
      type
      parentId
      active
      roles
    }
  }
`);

export const FinanceAccountLedger = graphql(`
  query Finance_AccountLedger($accountId: ID!, $from: String, $to: String, $after: String) {
    financeGeneralLedger(accountId: $accountId, from: $from, to: $to, first: 50, after: $after) {
      opening
      closing
      lines {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            entryId
            entryNumber
            entryDate
            description
            sourceType
            memo
            debit
            credit
            balance
            documents {
              kind
              id
              number
            }
          }
        }
      }
    }
    financeAccounts {
      id
      code
      name
      type
    }
    financeSettings {
      baseCurrency
    }
  }
`);

export const FinanceAccountLedgerCsv = graphql(`
  query Finance_AccountLedgerCsv($accountId: ID!, $from: String, $to: String) {
    financeReportCsv(report: GENERAL_LEDGER, accountId: $accountId, from: $from, to: $to)
  }
`);

export const FinancePeriods = graphql(`
  query Finance_Periods {
    financePeriods {
      id
      month
      startsOn
      endsOn
      status
      closedAt
      entryCount
    }
  }
`);

export const FinanceInvoices = graphql(`
  query Finance_Invoices($filter: FinanceInvoiceFilter, $after: String) {
    financeInvoices(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          number
          orderDisplayNumber
          issueDate
          currency
          totalAmount
          remainingAmount
          creditedInvoiceNumber
          buyer {
            name
            email
          }
        }
      }
    }
    financeInvoiceSettings {
      invoiceTrigger
      sellerName
      sellerLegalName
      sellerAddress
      sellerTaxId
      paymentTermsDays
      timeZone
    }
  }
`);

export const FinanceInvoice = graphql(`
  query Finance_Invoice($id: ID!) {
    financeInvoice(id: $id) {
      id
      kind
      number
      sourceType
      reason
      creditedInvoiceId
      creditedInvoiceNumber
      orderDisplayNumber
      taxNote
      currency
      issueDate
      dueDate
      issuedAt
      seller {
        name
        legalName
        address
        taxId
      }
      buyer {
        name
        email
        taxId
        address {
          name
          line1
          line2
          city
          postalCode
          country
        }
      }
      lines {
        lineNo
        sku
        title
        quantity
        unitAmount
        lineAmount
        taxRateBps
      }
      subtotalAmount
      discountAmount
      shippingAmount
      taxAmount
      totalAmount
      creditedAmount
      remainingAmount
      taxBreakdown {
        name
        rateBps
        baseAmount
        taxAmount
      }
      creditNotes {
        id
        number
        issueDate
        totalAmount
        reason
      }
    }
  }
`);

export const FinanceInvoicePdf = graphql(`
  query Finance_InvoicePdf($id: ID!) {
    financeInvoicePdf(id: $id)
    financeInvoice(id: $id) {
      number
    }
  }
`);
