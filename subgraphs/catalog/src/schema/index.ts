import { builder } from '../builder.ts';
import './product-types.ts';
import './variant.ts';
import './product.ts';
import './custom-fields.ts';
import './price.ts';
import './category.ts';
import './collection.ts';
import './search.ts';
import './variant-search.ts';
import './import.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
