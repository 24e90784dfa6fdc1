/**
 * The policy-lint language server process. Transport (stdio, IPC, socket) comes from the command line,
 * as with every vscode-languageserver server; everything else is in lsp/server.ts.
 */
import * as path from 'path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);
const log = (msg: string) => connection.console.log(`[policy-lint] ${msg}`);
process.on('uncaughtException', (e) => log(`uncaught: ${e instanceof Error ? e.stack : String(e)}`));
process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
startServer(connection, { workerScript: path.join(__dirname, 'server-worker.js') });
