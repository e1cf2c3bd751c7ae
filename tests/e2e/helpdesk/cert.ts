import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The names the imitation's certificate is valid for. */
export const CERT_NAMES = [
  'DNS:acme.zendesk.com',
  'DNS:*.zendesk.com',
  'DNS:acme.atlassian.net',
  'DNS:*.atlassian.net',
  'DNS:jira.corp.test',
  'DNS:localhost',
  'IP:127.0.0.1',
];

let cached: { key: string; cert: string } | undefined;

/** A self-signed certificate made with the system's `openssl` (once per process, in a temp dir removed afterwards). */
export function selfSignedCert(): { key: string; cert: string } {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'sla-fx-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    try {
      execFileSync(
        'openssl',
        [
          'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '30',
          '-keyout', keyFile, '-out', certFile, '-subj', '/CN=acme.zendesk.com',
          '-addext', `subjectAltName=${CERT_NAMES.join(',')}`,
        ],
        { stdio: 'pipe' },
      );
    } catch (error) {
      throw new Error(
        `Could not create the helpdesk imitation's certificate with openssl (apt-get install openssl): ${String(error)}`,
      );
    }
    cached = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
