// The simulated legacy MES (SOAP 1.1 ShopFloorService + OPC XML-DA). Never imported by production code.
/** Starts the simulated MES on 127.0.0.1; see MesSimulatorOptions. Resolves once both WSDLs are parsed and the port listens. */
export { startMesSimulator, demoMesCredentials } from './server.ts';
export type { MesSimulatorHandle, MesSimulatorOptions, MesSimulatorStats, MesFault, MesFaultMode } from './server.ts';
export type { MesDroppedFields, MesRenamedFields, MesWsdlVersion } from './wsdl.ts';
export { shopFloorNs, opcNs, shopFloorWsdl } from './wsdl.ts';
/** A 3-machine, 2-day plant around the 2026 US DST change, for fast MES tests. */
export { buildFixturePlant } from './fixture-plant.ts';
/** The ERP code the MES machine master carries per machine (blank / variant / padded under mess); for identity scoring. */
export { renderErpCode, renderMesJobNum, renderMesPartNum, mesOnlyWorkOrders } from './render.ts';
