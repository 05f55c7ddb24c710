/**
 * The procedure catalogue's screens (issue 5), as they live in the kiosk state. Each one
 * remembers the screen it was opened from (`back`, null for home), so "Back" returns to the
 * same field page or the same search the citizen left.
 */
export type CatalogueScreen =
  | { name: 'fields'; back: CatalogueScreen | null }
  | { name: 'procedures'; field: string; page: number; back: CatalogueScreen | null }
  | { name: 'procedure'; code: string; back: CatalogueScreen | null }
  /** `field`: search only that field's procedures (opened from the field's list), null for all. */
  | { name: 'search'; query: string; field: string | null; back: CatalogueScreen | null };

export type CatalogueScreenName = CatalogueScreen['name'];

export const CATALOGUE_SCREEN_NAMES: readonly CatalogueScreenName[] = ['fields', 'procedures', 'procedure', 'search'];

export function isCatalogueScreen(screen: { name: string }): screen is CatalogueScreen {
  return (CATALOGUE_SCREEN_NAMES as readonly string[]).includes(screen.name);
}

/** Navigation inside the catalogue: to another catalogue screen, or `null` for home. */
export type CatalogueNavigate = (screen: CatalogueScreen | null) => void;
