#!/usr/bin/env node
/** Operator CLI entry (`npm run admin -- <command>` at the repo root, or the `creatorgraph-admin` bin). */
import { runAdmin } from '@creatorgraph/core';

process.exitCode = await runAdmin(process.argv.slice(2));
