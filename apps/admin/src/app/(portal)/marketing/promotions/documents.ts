import { graphql } from '../../../../generated/gql.ts';

export const PromotionCodesCsv = graphql(`
  query MarketingPromotions_CodesCsv($id: ID!, $batch: String) {
    promotion(id: $id) {
      id
      name
      codesCsv(batch: $batch)
    }
  }
`);
