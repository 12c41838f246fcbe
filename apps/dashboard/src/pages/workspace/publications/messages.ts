// Strings of the publication list and editor. Kinds and statuses take their labels from @atlas/domain.
import type { LocalMessages } from '../../../i18n/localMessages';

export interface PublicationMessages {
  nav: string;
  title: string;
  newPublication: string;
  editPublication: (title: string) => string;
  back: string;
  none: string;
  kind: string;
  adminOnlyKind: string;
  municipality: string;
  municipalityHint: string;
  noMunicipality: string;
  slug: string;
  slugHint: string;
  titleDe: string;
  titleEn: string;
  bodyDe: string;
  bodyEn: string;
  markdownHint: string;
  preview: string;
  previewHint: string;
  status: (status: string, version: number) => string;
  publish: string;
  unpublish: string;
  saved: string;
  published: string;
  unpublished: string;
  readOnly: string;
  publicLink: string;
  keepMine: string;
  conflictHint: (version: number) => string;
}

const de: PublicationMessages = {
  nav: 'Veröffentlichungen',
  title: 'Veröffentlichungen',
  newPublication: 'Neue Veröffentlichung',
  editPublication: (title) => `Veröffentlichung bearbeiten: ${title}`,
  back: 'Zurück zu den Veröffentlichungen',
  none: 'Noch keine Veröffentlichungen.',
  kind: 'Art',
  adminOnlyKind: 'Impressum und Datenschutzerklärung ändert nur die Administration.',
  municipality: 'Kommune',
  municipalityHint: 'Pflicht bei einer Situations- und Ressourcenanalyse.',
  noMunicipality: '– keine –',
  slug: 'Adresse (Kurzname)',
  slugHint: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. analyse-wuppertal',
  titleDe: 'Titel (deutsch)',
  titleEn: 'Titel (englisch)',
  bodyDe: 'Text (deutsch, Markdown)',
  bodyEn: 'Text (englisch, Markdown)',
  markdownHint: 'Markdown: # Überschrift, **fett**, - Liste, [Link](https://…). HTML wird nicht übernommen.',
  preview: 'Vorschau',
  previewHint: 'So erscheint der deutsche Text – mit derselben Bereinigung wie auf der öffentlichen Seite.',
  status: (status, version) => `Status: ${status} · Version ${version}`,
  publish: 'Veröffentlichen',
  unpublish: 'Zurück zum Entwurf',
  saved: 'Gespeichert.',
  published: 'Veröffentlicht.',
  unpublished: 'Wieder Entwurf.',
  readOnly: 'Diese Seite dürfen Sie nicht ändern.',
  publicLink: 'Öffentliche Seite ansehen',
  keepMine: 'Meinen Text trotzdem speichern',
  conflictHint: (version) => `Gespeichert ist jetzt Version ${version}. Ihr Text ist unverändert hier; Sie können ihn darüber speichern.`,
};

const en: PublicationMessages = {
  nav: 'Publications',
  title: 'Publications',
  newPublication: 'New publication',
  editPublication: (title) => `Edit publication: ${title}`,
  back: 'Back to the publications',
  none: 'No publications yet.',
  kind: 'Kind',
  adminOnlyKind: 'Only administrators change the imprint and the privacy policy.',
  municipality: 'Municipality',
  municipalityHint: 'Required for a situation and resource analysis.',
  noMunicipality: '– none –',
  slug: 'Address (short name)',
  slugHint: 'Lower-case letters, digits and hyphens, e.g. analysis-wuppertal',
  titleDe: 'Title (German)',
  titleEn: 'Title (English)',
  bodyDe: 'Text (German, Markdown)',
  bodyEn: 'Text (English, Markdown)',
  markdownHint: 'Markdown: # heading, **bold**, - list, [link](https://…). HTML is not taken over.',
  preview: 'Preview',
  previewHint: 'How the German text appears – cleaned exactly as on the public page.',
  status: (status, version) => `Status: ${status} · version ${version}`,
  publish: 'Publish',
  unpublish: 'Back to draft',
  saved: 'Saved.',
  published: 'Published.',
  unpublished: 'Draft again.',
  readOnly: 'You may not change this page.',
  publicLink: 'View the public page',
  keepMine: 'Save my text anyway',
  conflictHint: (version) => `Version ${version} is stored now. Your text is still here; you can save it over that version.`,
};

export const publicationMessages: LocalMessages<PublicationMessages> = { de, en };
