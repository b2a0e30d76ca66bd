#!/usr/bin/env node
import { main } from '../dist/centre.js';

process.exitCode = await main();
