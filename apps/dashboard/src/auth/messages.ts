// Strings of signing in and out (sign-in page, header, access checks).
import type { LocalMessages } from '../i18n/localMessages';

export interface AuthMessages {
  signInTitle: string;
  signInIntro: string;
  emailLabel: string;
  passwordLabel: string;
  signInButton: string;
  signingIn: string;
  signOutButton: string;
  signInLink: string;
  signedInAs: (name: string) => string;
  workspaceLink: string;
  wrongCredentials: string;
  signInFailed: (reason: string) => string;
  alreadySignedIn: (name: string) => string;
  continueToWorkspace: string;
  accountMenuLabel: string;
  forbiddenTitle: string;
  forbiddenText: string;
  adminOnlyText: string;
  role: Record<'ADMIN' | 'STAFF' | 'PARTNER', string>;
}

const de: AuthMessages = {
  signInTitle: 'Anmelden',
  signInIntro: 'Für Mitarbeitende der Regionalstelle: Handlungsempfehlungen pflegen und ihren Stand aktualisieren.',
  emailLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  signingIn: 'Anmeldung läuft …',
  signOutButton: 'Abmelden',
  signInLink: 'Anmelden',
  signedInAs: (name) => `Angemeldet als ${name}`,
  workspaceLink: 'Arbeitsbereich',
  wrongCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
  signInFailed: (reason) => `Die Anmeldung ist fehlgeschlagen: ${reason}`,
  alreadySignedIn: (name) => `Sie sind bereits als ${name} angemeldet.`,
  continueToWorkspace: 'Weiter zum Arbeitsbereich',
  accountMenuLabel: 'Konto',
  forbiddenTitle: 'Kein Zugang',
  forbiddenText: 'Ihr Konto hat keinen Zugang zum Arbeitsbereich der Regionalstelle.',
  adminOnlyText: 'Diese Seite ist der Administration vorbehalten.',
  role: { ADMIN: 'Administration', STAFF: 'Mitarbeitende der Regionalstelle', PARTNER: 'Netzwerkpartner' },
};

const en: AuthMessages = {
  signInTitle: 'Sign in',
  signInIntro: "For the regional office's staff: keep the local action recommendations and their progress current.",
  emailLabel: 'Email address',
  passwordLabel: 'Password',
  signInButton: 'Sign in',
  signingIn: 'Signing in …',
  signOutButton: 'Sign out',
  signInLink: 'Sign in',
  signedInAs: (name) => `Signed in as ${name}`,
  workspaceLink: 'Workspace',
  wrongCredentials: 'The email address or password is wrong.',
  signInFailed: (reason) => `Signing in failed: ${reason}`,
  alreadySignedIn: (name) => `You are already signed in as ${name}.`,
  continueToWorkspace: 'Continue to the workspace',
  accountMenuLabel: 'Account',
  forbiddenTitle: 'No access',
  forbiddenText: "Your account has no access to the regional office's workspace.",
  adminOnlyText: 'This page is for administrators only.',
  role: { ADMIN: 'Administrator', STAFF: 'Staff', PARTNER: 'Network partner' },
};

export const authMessages: LocalMessages<AuthMessages> = { de, en };
