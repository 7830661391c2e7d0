/**
 * The committed, generated action catalog (scripts/generate-catalog.mjs). Imported, not read from
 * disk, so the ncc bundle inlines it and runs from a clean clone without node_modules.
 */
import catalog from './catalog.generated.json' with { type: 'json' };

export interface CatalogData {
  /** The data package and version it was generated from. */
  source: string;
  accessLevels: string[];
  /** One encoded string per service; see scripts/generate-catalog.mjs for the format. */
  services: string[];
}

export const catalogData: CatalogData = catalog;
