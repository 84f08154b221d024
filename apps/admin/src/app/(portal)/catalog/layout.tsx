import type { ReactNode } from 'react';
import { CatalogNav } from './catalog-nav.tsx';

export default function CatalogLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <CatalogNav />
      {children}
    </>
  );
}
