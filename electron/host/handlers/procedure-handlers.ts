import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

export function procedureHandlers({
  procedures,
  procedureSearch,
}: HostServices): HandlersFor<'listFields' | 'listProcedures' | 'searchProcedures' | 'getProcedure'> {
  return {
    listFields: () => ({ fields: procedures.listFields() }),
    listProcedures: ({ field, offset, limit }) => procedures.listByField(field, { offset, limit }),
    searchProcedures: ({ query, field, limit }) => procedureSearch.search(query, { field, limit }),
    getProcedure: ({ code }) => ({ procedure: procedures.findByCode(code) ?? null }),
  };
}
