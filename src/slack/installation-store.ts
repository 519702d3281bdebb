import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRecords } from '../core/ports';

/** Encrypts tokens at rest (the store's TokenCipher). */
export interface Sealer {
  seal(plain: string): string;
  open(stored: string): string;
}

/**
 * Bolt's InstallationStore over our store, for multi-workspace Slack (OAuth): one record per workspace
 * (or per Enterprise Grid organisation for org-wide installs), tokens encrypted at rest by TokenCipher.
 * Bot-level installs only: a later install for the same workspace replaces the earlier one.
 */
export class SlackInstallationStore implements InstallationStore {
  constructor(
    private readonly records: InstallationRecords,
    private readonly cipher: Sealer,
  ) {}

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(installation: Installation<AuthVersion, boolean>): Promise<void> {
    const isEnterpriseInstall = Boolean(installation.isEnterpriseInstall);
    const teamId = installation.team?.id;
    const enterpriseId = installation.enterprise?.id;
    const record = { key: installationKey({ isEnterpriseInstall, teamId, enterpriseId }), isEnterpriseInstall, installation: this.cipher.seal(JSON.stringify(installation)) };
    await this.records.save({ ...record, ...(teamId ? { teamId } : {}), ...(enterpriseId ? { enterpriseId } : {}) });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const stored = await this.records.get(installationKey(query));
    if (!stored) throw new InstallationNotFoundError(query.teamId ?? query.enterpriseId ?? '(unknown)');
    return JSON.parse(this.cipher.open(stored)) as Installation<'v1' | 'v2', boolean>;
  }

  /** Called by Bolt, and by the Slack adapter on `app_uninstalled` / `tokens_revoked`: the tokens are gone for good. */
  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.records.delete(installationKey(query));
  }
}

export function installationKey(q: { isEnterpriseInstall?: boolean; teamId?: string | undefined; enterpriseId?: string | undefined }): string {
  if ((q.isEnterpriseInstall || !q.teamId) && q.enterpriseId) return `E:${q.enterpriseId}`;
  if (q.teamId) return `T:${q.teamId}`;
  throw new Error('a Slack installation needs a team id or an enterprise id');
}

/** Thrown by fetchInstallation when the workspace has no installation (never installed, or uninstalled): a permanent condition, unlike StoreUnavailableError. */
export class InstallationNotFoundError extends Error {
  readonly code = 'thinkagain_slack_not_installed';
  constructor(readonly workspace: string) {
    super(`ThinkAgain is not installed in Slack workspace ${workspace}`);
    this.name = 'InstallationNotFoundError';
  }
}
