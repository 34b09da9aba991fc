// Dev-only: regenerates simulators/erp/sql/demo-erp.sql from erp-schema.ts. Run: node dist-*/simulators/erp/write-sql.js
import { writeFileSync } from 'node:fs';
import { findRepoRoot } from '../../common/index.ts';
import { tsqlScript } from './erp-schema.ts';

writeFileSync(new URL('simulators/erp/sql/demo-erp.sql', findRepoRoot(import.meta.url)), tsqlScript('v1'));
