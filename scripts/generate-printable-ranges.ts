// Regenerates src/platform/printable-ranges.generated.ts from the fonts the PDF embeds, so the API
// accepts exactly the characters the minutes can print (docs/decisions/008).
import fs from 'node:fs';
import { printableRangesModule, printableRangesPath } from '../src/meetings/documents/printable.ts';

fs.writeFileSync(printableRangesPath, await printableRangesModule());
process.stdout.write(`Wrote ${printableRangesPath}\n`);
