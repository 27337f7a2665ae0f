/**
 * Our one door to zod. Without `jitless`, zod probes `new Function` to compile fast validators,
 * which an extension page's CSP forbids: every probe is reported as a CSP violation.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
