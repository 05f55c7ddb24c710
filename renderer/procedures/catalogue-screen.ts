/**
 * The procedure catalogue's screens, as they live in the kiosk state. Each one
 * remembers the screen it was opened from (`back`, null for home), so "Back" returns to the
 * same field page or the same search the citizen left.
 */
export type CatalogueScreen =
  | { name: 'fields'; back: CatalogueScreen | null }
  | { name: 'procedures'; field: string; page: number; back: CatalogueScreen | null }
  | { name: 'procedure'; code: string; back: CatalogueScreen | null }
  /** `field`: search only that field's procedures (opened from the field's list), null for all. */
  | { name: 'search'; query: string; field: string | null; back: CatalogueScreen | null };

/** Navigation inside the catalogue: to another catalogue screen, or `null` for home. */
export type CatalogueNavigate = (screen: CatalogueScreen | null) => void;
