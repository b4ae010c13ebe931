// Loaded with --import into a timed run: at exit, writes the process's peak resident memory (KB)
// to the file GEOSTANCE_PEAK_RSS names, so the bench can print memory beside time.
import { writeFileSync } from 'node:fs';

const file = process.env.GEOSTANCE_PEAK_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
