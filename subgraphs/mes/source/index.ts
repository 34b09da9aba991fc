// The MES port and its only adapter (the only code importing `soap`).
/** Builds the SOAP adapter; every method rejects with a coded MES_* GraphQLError on failure. */
export { createSoapMesSource, translateSoapError, canonicalEquipmentId, asArray, asText } from './soap-mes-source.ts';
/** Plant-local naive time ↔ UTC through normalization/ (gap → shift forward, overlap → earlier + ambiguous, or by sequence). */
export { localNaiveToUtc, resolveMesSequence, utcToLocalNaive } from './local-time.ts';
export type { MesTime } from './local-time.ts';
/** Units and sentinels through normalization/ (mathjs + alias table); unknown units → null. */
export { toCanonical, canonicalUnit, countToCanonical, parseSampleValue, checkSampleValue, mesSentinels } from './units.ts';
/** The ShopFloorService contract this adapter reads, and the WSDL fingerprint the schema watch compares it with. */
export { mesContract, wsdlEntities } from './contract.ts';
/** Sample windows packed column-wise for the read cache (and rebuilt as rows on read). */
export { packSamples, unpackSamples } from './sample-block.ts';
export type { SampleBlock } from './sample-block.ts';
/** The vendor state-code mapping. */
export { canonicalState } from './reason-codes.ts';
export type {
  MesSource, MesEquipment, MesTag, MesServerInfo, MesStateRow, MesProductionRow, MesSampleRow, MesMeasurementRow, MesWorkOrderRow, OpcReading, TimeFlags,
} from './types.ts';
