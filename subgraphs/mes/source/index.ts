// The MES port and its only adapter (the only code importing `soap`).
/** Builds the SOAP adapter; every method rejects with a coded MES_* GraphQLError on failure. */
export { createSoapMesSource, translateSoapError, canonicalEquipmentId, asArray, asText } from './soap-mes-source.ts';
/** Plant-local naive time ↔ UTC (gap → shift forward, overlap → earlier + ambiguous). */
export { localNaiveToUtc, utcToLocalNaive } from './local-time.ts';
/** The small closed unit table (psi→bar, degF→degC, in→mm) and sentinel parsing; unknown units → null. */
export { toCanonical, canonicalUnit, countToCanonical, parseSampleValue } from './units.ts';
/** The site's reason-text mapping table and vendor state-code mapping. */
export { reasonCodeFor, canonicalState } from './reason-codes.ts';
export type {
  MesSource, MesEquipment, MesTag, MesServerInfo, MesStateRow, MesProductionRow, MesSampleRow, MesMeasurementRow, OpcReading,
} from './types.ts';
