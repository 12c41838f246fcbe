import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as SchemaEngineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';

type SchemaEngineBindings = typeof SchemaEngineGlue;

/** The slice of the WebAssembly global we use; @types/node 20 declares its types but not the value. */
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: Record<string, Record<string, unknown>>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

let bindingsPromise: Promise<SchemaEngineBindings> | undefined;

/**
 * The package's default entry does `import * as wasm from "./x.wasm"`, which Node cannot do, so we
 * instantiate the module ourselves and hand its exports to the wasm-bindgen glue. The glue keeps
 * one wasm instance per process, hence the memoised promise.
 */
function loadBindings(): Promise<SchemaEngineBindings> {
  bindingsPromise ??= (async () => {
    const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    // The package exports no path to its .wasm, so locate it beside the glue module.
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await wasmApi.instantiate(bytes, {
      './schema_engine_bg.js': bindings as unknown as Record<string, unknown>,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings;
  })();
  return bindingsPromise;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export type EngineLog = (message: string) => void;

/** Opens Prisma's schema engine (wasm) on a driver adapter: no native binary, no download. */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaFile[],
  log: EngineLog = () => {},
): Promise<SchemaEngine> {
  const bindings = await loadBindings();
  return bindings.SchemaEngine.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content]) },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

export const emptySchemaFilter = { externalTables: [], externalEnums: [] };
