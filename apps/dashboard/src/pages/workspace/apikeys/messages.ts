// Strings of the API key administration (/arbeitsbereich/schluessel).
import type { LocalMessages } from '../../../i18n/localMessages';

export interface ApiKeyMessages {
  nav: string;
  title: string;
  intro: string;
  caption: string;
  more: (shown: number, total: number) => string;
  none: string;
  columnName: string;
  columnPrefix: string;
  columnRole: string;
  columnRegion: string;
  columnCreated: string;
  columnExpires: string;
  columnLastUsed: string;
  columnState: string;
  columnActions: string;
  allRegions: string;
  never: string;
  notUsed: string;
  stateActive: string;
  stateExpired: string;
  stateRevoked: (when: string) => string;
  revoke: (name: string) => string;
  revokeTitle: (name: string) => string;
  revokeText: string;
  revokeConfirm: string;
  cancel: string;
  revoked: (name: string) => string;
  createHeading: string;
  nameLabel: string;
  nameHint: string;
  regionLabel: string;
  regionHint: string;
  expiresLabel: string;
  expiresHint: string;
  roleNote: string;
  create: string;
  saving: string;
  checkFields: string;
  failed: (reason: string) => string;
  createdHeading: (name: string) => string;
  createdWarning: string;
  keyLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  done: string;
}

export const apiKeyMessages: LocalMessages<ApiKeyMessages> = {
  de: {
    nav: 'API-Schlüssel',
    title: 'API-Schlüssel',
    intro:
      'Partner lesen die Daten mit einem Schlüssel über die GraphQL-Schnittstelle (Kopfzeile „Authorization: Bearer …“). Schlüssel lesen nur, was Partner sehen dürfen – nie personenbezogene Daten – und ändern nichts.',
    caption: 'API-Schlüssel, neueste zuerst',
    more: (shown, total) => `Angezeigt: ${shown} von ${total}. Ältere Schlüssel listet „npm run apikey:list“.`,
    none: 'Noch keine API-Schlüssel.',
    columnName: 'Name',
    columnPrefix: 'Präfix',
    columnRole: 'Rolle',
    columnRegion: 'Region',
    columnCreated: 'Angelegt',
    columnExpires: 'Läuft ab',
    columnLastUsed: 'Zuletzt benutzt',
    columnState: 'Zustand',
    columnActions: 'Aktionen',
    allRegions: 'alle Regionen',
    never: 'nie',
    notUsed: 'noch nicht',
    stateActive: 'gültig',
    stateExpired: 'abgelaufen',
    stateRevoked: (when) => `widerrufen am ${when}`,
    revoke: (name) => `Schlüssel „${name}“ widerrufen`,
    revokeTitle: (name) => `Schlüssel „${name}“ widerrufen?`,
    revokeText: 'Ab der nächsten Anfrage wird der Schlüssel abgelehnt, auf allen Servern. Das lässt sich nicht rückgängig machen; der Partner braucht dann einen neuen Schlüssel.',
    revokeConfirm: 'Endgültig widerrufen',
    cancel: 'Abbrechen',
    revoked: (name) => `Der Schlüssel „${name}“ ist widerrufen.`,
    createHeading: 'Neuer Schlüssel',
    nameLabel: 'Name',
    nameHint: 'Wer den Schlüssel benutzt, z. B. „Stadtarchiv Wuppertal“.',
    regionLabel: 'Region (Kürzel)',
    regionHint: 'Leer: alle Regionen (als Administration einer Region: diese Region).',
    expiresLabel: 'Läuft ab am',
    expiresHint: 'Leer: läuft nicht ab. Gilt bis zum Ende des Tages (UTC).',
    roleNote: 'Rolle: Partner. Schlüssel tragen nie Rechte von Mitarbeitenden oder der Administration.',
    create: 'Schlüssel anlegen',
    saving: 'Wird angelegt …',
    checkFields: 'Bitte die markierten Felder prüfen.',
    failed: (reason) => `Das hat nicht geklappt: ${reason}`,
    createdHeading: (name) => `Schlüssel „${name}“ angelegt`,
    createdWarning: 'Jetzt kopieren und sicher weitergeben: Der Schlüssel wird nur dieses eine Mal angezeigt. Gespeichert ist nur ein Hash; verloren ist verloren – dann widerrufen und neu anlegen.',
    keyLabel: 'Schlüssel',
    copy: 'Schlüssel kopieren',
    copied: 'Kopiert.',
    copyFailed: 'Kopieren ging nicht: bitte den Schlüssel markieren und von Hand kopieren.',
    done: 'Fertig, Schlüssel ausblenden',
  },
  en: {
    nav: 'API keys',
    title: 'API keys',
    intro:
      'Partners read the data with a key through the GraphQL API (header "Authorization: Bearer …"). Keys read only what partners may see – never personal data – and change nothing.',
    caption: 'API keys, newest first',
    more: (shown, total) => `Showing ${shown} of ${total}. "npm run apikey:list" lists older keys.`,
    none: 'No API keys yet.',
    columnName: 'Name',
    columnPrefix: 'Prefix',
    columnRole: 'Role',
    columnRegion: 'Region',
    columnCreated: 'Created',
    columnExpires: 'Expires',
    columnLastUsed: 'Last used',
    columnState: 'State',
    columnActions: 'Actions',
    allRegions: 'all regions',
    never: 'never',
    notUsed: 'not yet',
    stateActive: 'active',
    stateExpired: 'expired',
    stateRevoked: (when) => `revoked on ${when}`,
    revoke: (name) => `Revoke key "${name}"`,
    revokeTitle: (name) => `Revoke key "${name}"?`,
    revokeText: 'From the next request on the key is refused, on every server. This cannot be undone; the partner then needs a new key.',
    revokeConfirm: 'Revoke for good',
    cancel: 'Cancel',
    revoked: (name) => `The key "${name}" is revoked.`,
    createHeading: 'New key',
    nameLabel: 'Name',
    nameHint: 'Who uses the key, e.g. "Stadtarchiv Wuppertal".',
    regionLabel: 'Region (slug)',
    regionHint: 'Empty: every region (as an admin of one region: that region).',
    expiresLabel: 'Expires on',
    expiresHint: 'Empty: never expires. Valid until the end of that day (UTC).',
    roleNote: 'Role: partner. Keys never carry staff or admin rights.',
    create: 'Create key',
    saving: 'Creating …',
    checkFields: 'Please check the marked fields.',
    failed: (reason) => `That did not work: ${reason}`,
    createdHeading: (name) => `Key "${name}" created`,
    createdWarning: 'Copy it now and pass it on safely: the key is shown this once only. Only a hash is stored; lost is lost – then revoke it and create a new one.',
    keyLabel: 'Key',
    copy: 'Copy key',
    copied: 'Copied.',
    copyFailed: 'Copying failed: please select the key and copy it by hand.',
    done: 'Done, hide the key',
  },
};
