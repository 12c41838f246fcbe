// Writes the demo data of demo-*.ts. Every demo row has a readable, deterministic id ("demo-actor-…"), so
// the data files can refer to each other by key, a rerun inserts nothing twice (createMany skipDuplicates
// on ids and natural keys), and an operator can recognise demo rows at a glance. All rows carry isDemo.
import { findSdgTarget } from '@atlas/domain';
import { demoEvents } from './demo-events.js';
import { demoEventFindings, demoInterviews } from './demo-findings.js';
import type { DemoFinding } from './demo-findings.js';
import {
  consentTextVersion,
  demoActorLinks,
  demoActors,
  demoConsents,
  demoContacts,
  demoPartnerships,
} from './demo-network.js';
import { demoPublications } from './demo-publications.js';
import { demoAgreement, demoCircle, demoRecommendations } from './demo-recommendations.js';
import type { DemoRecommendation } from './demo-recommendations.js';
import type { SeedStep, SeedCounts, SeedTransaction } from './seed-step.js';
import { loadBergischesLand } from './region.js';
import type { BergischesLand } from './region.js';

export const demoStep: SeedStep = {
  key: 'demo@1',
  description: 'Invented demo data of the participation process (isDemo = true)',
  apply: writeDemoData,
};

type DemoKind =
  | 'actor'
  | 'contact'
  | 'link'
  | 'partnership'
  | 'event'
  | 'participation'
  | 'interview'
  | 'finding'
  | 'recommendation'
  | 'change'
  | 'agreement'
  | 'circle'
  | 'member'
  | 'report'
  | 'consent'
  | 'publication';

export function demoId(kind: DemoKind, key: string): string {
  return `demo-${kind}-${key}`;
}

/** Resolves keys of the data files to ids, failing loudly on a typo instead of on a foreign key. */
class DemoKeys {
  private readonly known = new Map<DemoKind, Set<string>>();

  constructor(entries: Array<[DemoKind, readonly string[]]>) {
    for (const [kind, keys] of entries) this.known.set(kind, new Set(keys));
  }

  id(kind: DemoKind, key: string): string {
    if (!this.known.get(kind)?.has(key)) throw new Error(`Demo data: unknown ${kind} "${key}"`);
    return demoId(kind, key);
  }

  optionalId(kind: DemoKind, key: string | null | undefined): string | null {
    return key ? this.id(kind, key) : null;
  }
}

function sdgTargetCode(code: string): string {
  if (!findSdgTarget(code)) throw new Error(`Demo data: unknown SDG target "${code}"`);
  return code;
}

const allFindings: ReadonlyArray<DemoFinding & { interview?: string; event?: string; ags: string }> = [
  ...demoInterviews.flatMap((interview) =>
    interview.findings.map((finding) => ({ ...finding, interview: interview.key, ags: interview.ags })),
  ),
  ...demoEventFindings,
];

async function writeDemoData(tx: SeedTransaction): Promise<SeedCounts> {
  const region = await loadBergischesLand(tx);
  const keys = new DemoKeys([
    ['actor', demoActors.map((actor) => actor.key)],
    ['contact', demoContacts.map((contact) => contact.key)],
    ['event', demoEvents.map((event) => event.key)],
    ['interview', demoInterviews.map((interview) => interview.key)],
    ['finding', allFindings.map((finding) => finding.key)],
    ['recommendation', demoRecommendations.map((recommendation) => recommendation.key)],
  ]);
  const counts: SeedCounts = {};
  const add = (table: string, result: { count: number }) => {
    counts[table] = (counts[table] ?? 0) + result.count;
  };

  await writeNetwork(tx, region, keys, add);
  await writeEvents(tx, region, keys, add);
  await writeFindings(tx, region, keys, add);
  await writeRecommendations(tx, region, keys, add);
  await writeAgreementAndCircle(tx, region, keys, add);
  await writeConsents(tx, region, keys, add);
  await writePublications(tx, region, add);
  return counts;
}

type AddCount = (table: string, result: { count: number }) => void;

const demo = { isDemo: true } as const;

async function writeNetwork(tx: SeedTransaction, region: BergischesLand, keys: DemoKeys, add: AddCount) {
  add(
    'actor',
    await tx.actor.createMany({
      data: demoActors.map((actor) => ({
        id: keys.id('actor', actor.key),
        regionId: region.regionId,
        municipalityId: actor.ags ? region.municipalityId(actor.ags) : null,
        name: actor.name,
        sector: actor.sector,
        descriptionDe: actor.descriptionDe,
        website: actor.website ?? null,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'actorSdgInterest',
    await tx.actorSdgInterest.createMany({
      data: demoActors.flatMap((actor) =>
        actor.sdgGoals.map((goalNumber) => ({ actorId: keys.id('actor', actor.key), goalNumber })),
      ),
      skipDuplicates: true,
    }),
  );
  add(
    'contact',
    await tx.contact.createMany({
      data: demoContacts.map((contact) => ({
        id: keys.id('contact', contact.key),
        regionId: region.regionId,
        actorId: keys.optionalId('actor', contact.actor),
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: `${contact.key.replace('-', '.')}@example.org`,
        roleTitle: contact.roleTitle,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'actorLink',
    await tx.actorLink.createMany({
      data: demoActorLinks.map((link) => ({
        id: demoId('link', `${link.from}-${link.kind.toLowerCase()}-${link.to}`),
        fromActorId: keys.id('actor', link.from),
        toActorId: keys.id('actor', link.to),
        kind: link.kind,
        noteDe: link.noteDe,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'partnership',
    await tx.partnership.createMany({
      data: demoPartnerships.map((partnership) => ({
        id: demoId('partnership', partnership.key),
        regionId: region.regionId,
        municipalityId: region.municipalityId(partnership.ags),
        actorId: keys.optionalId('actor', partnership.actor),
        kind: partnership.kind,
        partnerPlace: partnership.partnerPlace,
        partnerCountry: partnership.partnerCountry,
        sinceYear: partnership.sinceYear,
        descriptionDe: partnership.descriptionDe,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
}

async function writeEvents(tx: SeedTransaction, region: BergischesLand, keys: DemoKeys, add: AddCount) {
  add(
    'event',
    await tx.event.createMany({
      data: demoEvents.map((event) => ({
        id: keys.id('event', event.key),
        regionId: region.regionId,
        municipalityId: event.ags ? region.municipalityId(event.ags) : null,
        kind: event.kind,
        titleDe: event.titleDe,
        titleEn: event.titleEn ?? null,
        startsAt: new Date(event.startsAt),
        endsAt: new Date(event.endsAt),
        place: event.place,
        descriptionDe: event.descriptionDe,
        minutesDe: event.minutesDe ?? null,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'participation',
    await tx.participation.createMany({
      data: demoEvents.flatMap((event) =>
        event.participations.map((participation, index) => ({
          id: demoId('participation', `${event.key}-${index + 1}`),
          eventId: keys.id('event', event.key),
          actorId: keys.optionalId('actor', participation.actor),
          contactId: keys.optionalId('contact', participation.contact),
          role: participation.role,
          topicDe: participation.topicDe ?? null,
        })),
      ),
      skipDuplicates: true,
    }),
  );
}

async function writeFindings(tx: SeedTransaction, region: BergischesLand, keys: DemoKeys, add: AddCount) {
  add(
    'interview',
    await tx.interview.createMany({
      data: demoInterviews.map((interview) => ({
        id: keys.id('interview', interview.key),
        regionId: region.regionId,
        municipalityId: region.municipalityId(interview.ags),
        actorId: keys.id('actor', interview.actor),
        contactId: keys.id('contact', interview.contact),
        conductedAt: new Date(interview.conductedAt),
        notes: interview.notes,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'finding',
    await tx.finding.createMany({
      data: allFindings.map((finding) => ({
        id: keys.id('finding', finding.key),
        regionId: region.regionId,
        municipalityId: region.municipalityId(finding.ags),
        interviewId: keys.optionalId('interview', finding.interview),
        eventId: keys.optionalId('event', finding.event),
        kind: finding.kind,
        statementDe: finding.statementDe,
        publicStatementDe: finding.publicStatementDe ?? null,
        themes: [...finding.themes],
        // Only an anonymised wording may go public.
        isPublished: finding.publicStatementDe !== undefined,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'findingSdgTarget',
    await tx.findingSdgTarget.createMany({
      data: allFindings.flatMap((finding) =>
        finding.sdgTargets.map((code) => ({
          findingId: keys.id('finding', finding.key),
          targetCode: sdgTargetCode(code),
        })),
      ),
      skipDuplicates: true,
    }),
  );
}

/** Status, progress and version of a recommendation follow from its history. */
function currentState(recommendation: DemoRecommendation) {
  const first = recommendation.history[0];
  const last = recommendation.history.at(-1);
  if (!first || !last) throw new Error(`Demo data: recommendation "${recommendation.key}" has no history`);
  return {
    createdAt: new Date(first.at),
    status: last.status,
    progress: last.progress,
    version: recommendation.history.length,
  };
}

async function writeRecommendations(tx: SeedTransaction, region: BergischesLand, keys: DemoKeys, add: AddCount) {
  const row = (recommendation: DemoRecommendation) => ({
    id: keys.id('recommendation', recommendation.key),
    regionId: region.regionId,
    municipalityId: recommendation.ags ? region.municipalityId(recommendation.ags) : null,
    parentId: keys.optionalId('recommendation', recommendation.parent),
    titleDe: recommendation.titleDe,
    titleEn: recommendation.titleEn ?? null,
    textDe: recommendation.textDe,
    dueDate: recommendation.dueDate ? new Date(recommendation.dueDate) : null,
    ...currentState(recommendation),
    ...demo,
  });
  // Parents first, so children's parentId points at an existing row.
  const parents = demoRecommendations.filter((recommendation) => !recommendation.parent);
  const children = demoRecommendations.filter((recommendation) => recommendation.parent);
  add('recommendation', await tx.recommendation.createMany({ data: parents.map(row), skipDuplicates: true }));
  add('recommendation', await tx.recommendation.createMany({ data: children.map(row), skipDuplicates: true }));

  add(
    'recommendationChange',
    await tx.recommendationChange.createMany({
      data: demoRecommendations.flatMap((recommendation) =>
        recommendation.history.map((change, index) => {
          const previous = index > 0 ? recommendation.history[index - 1] : undefined;
          return {
            id: demoId('change', `${recommendation.key}-${index + 1}`),
            recommendationId: keys.id('recommendation', recommendation.key),
            at: new Date(change.at),
            fromStatus: previous?.status ?? null,
            toStatus: change.status,
            fromProgress: previous?.progress ?? null,
            toProgress: change.progress,
            note: change.note,
            version: index + 1,
          };
        }),
      ),
      skipDuplicates: true,
    }),
  );
  const joins = demoRecommendations.map((recommendation) => ({
    recommendation,
    recommendationId: keys.id('recommendation', recommendation.key),
  }));
  add(
    'recommendationFinding',
    await tx.recommendationFinding.createMany({
      data: joins.flatMap(({ recommendation, recommendationId }) =>
        recommendation.findings.map((key) => ({ recommendationId, findingId: keys.id('finding', key) })),
      ),
      skipDuplicates: true,
    }),
  );
  add(
    'recommendationSdgTarget',
    await tx.recommendationSdgTarget.createMany({
      data: joins.flatMap(({ recommendation, recommendationId }) =>
        recommendation.sdgTargets.map((code) => ({ recommendationId, targetCode: sdgTargetCode(code) })),
      ),
      skipDuplicates: true,
    }),
  );
  const indicatorId = await loadIndicatorIds(tx, demoRecommendations.flatMap((r) => r.indicators));
  add(
    'recommendationIndicator',
    await tx.recommendationIndicator.createMany({
      data: joins.flatMap(({ recommendation, recommendationId }) =>
        recommendation.indicators.map((key) => ({ recommendationId, indicatorId: indicatorId(key) })),
      ),
      skipDuplicates: true,
    }),
  );
  add(
    'recommendationActor',
    await tx.recommendationActor.createMany({
      data: joins.flatMap(({ recommendation, recommendationId }) =>
        recommendation.actors.map((key) => ({ recommendationId, actorId: keys.id('actor', key) })),
      ),
      skipDuplicates: true,
    }),
  );
}

async function loadIndicatorIds(tx: SeedTransaction, indicatorKeys: readonly string[]) {
  const indicators = await tx.indicator.findMany({ where: { key: { in: [...new Set(indicatorKeys)] } } });
  const idByKey = new Map(indicators.map((indicator) => [indicator.key, indicator.id]));
  return (key: string): string => {
    const id = idByKey.get(key);
    if (!id) throw new Error(`Demo data: indicator "${key}" is missing; apply the structure step first`);
    return id;
  };
}

async function writeAgreementAndCircle(tx: SeedTransaction, region: BergischesLand, keys: DemoKeys, add: AddCount) {
  const agreementId = demoId('agreement', demoAgreement.key);
  add(
    'agreement',
    await tx.agreement.createMany({
      data: [
        {
          id: agreementId,
          regionId: region.regionId,
          eventId: keys.id('event', demoAgreement.event),
          titleDe: demoAgreement.titleDe,
          textDe: demoAgreement.textDe,
          agreedAt: new Date(demoAgreement.agreedAt),
          ...demo,
        },
      ],
      skipDuplicates: true,
    }),
  );
  add(
    'agreementSignatory',
    await tx.agreementSignatory.createMany({
      data: demoAgreement.signatories.map((actor) => ({ agreementId, actorId: keys.id('actor', actor) })),
      skipDuplicates: true,
    }),
  );
  add(
    'agreementRecommendation',
    await tx.agreementRecommendation.createMany({
      data: demoAgreement.recommendations.map((key) => ({
        agreementId,
        recommendationId: keys.id('recommendation', key),
      })),
      skipDuplicates: true,
    }),
  );

  const circleId = demoId('circle', demoCircle.key);
  add(
    'initiativeCircle',
    await tx.initiativeCircle.createMany({
      data: [
        {
          id: circleId,
          regionId: region.regionId,
          municipalityId: region.municipalityId(demoCircle.ags),
          nameDe: demoCircle.nameDe,
          descriptionDe: demoCircle.descriptionDe,
          foundedAt: new Date(demoCircle.foundedAt),
          ...demo,
        },
      ],
      skipDuplicates: true,
    }),
  );
  add(
    'circleMember',
    await tx.circleMember.createMany({
      data: demoCircle.members.map((member) => ({
        id: demoId('member', `${demoCircle.key}-${member.contact}`),
        circleId,
        actorId: keys.optionalId('actor', member.actor),
        contactId: keys.id('contact', member.contact),
        joinedAt: new Date(member.joinedAt),
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'circleAgreement',
    await tx.circleAgreement.createMany({ data: [{ circleId, agreementId }], skipDuplicates: true }),
  );
  const reportId = (meetingNumber: number) => demoId('report', `${demoCircle.key}-${meetingNumber}`);
  add(
    'circleReport',
    await tx.circleReport.createMany({
      data: demoCircle.reports.map((report) => ({
        id: reportId(report.meetingNumber),
        circleId,
        eventId: keys.id('event', report.event),
        meetingNumber: report.meetingNumber,
        meetingDate: new Date(report.meetingDate),
        progressDe: report.progressDe,
        hurdlesDe: report.hurdlesDe,
        solutionsDe: report.solutionsDe,
        missingDe: report.missingDe,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
  add(
    'circleReportAgreement',
    await tx.circleReportAgreement.createMany({
      data: demoCircle.reports.map((report) => ({ reportId: reportId(report.meetingNumber), agreementId })),
      skipDuplicates: true,
    }),
  );
}

async function writeConsents(tx: SeedTransaction, region: BergischesLand, keys: DemoKeys, add: AddCount) {
  add(
    'consent',
    await tx.consent.createMany({
      data: demoConsents.map((consent) => ({
        id: demoId('consent', consent.contact),
        regionId: region.regionId,
        contactId: keys.id('contact', consent.contact),
        givenAt: new Date(consent.givenAt),
        eventId: keys.optionalId('event', consent.event),
        method: consent.method,
        textVersion: consentTextVersion,
        withdrawnAt: consent.withdrawnAt ? new Date(consent.withdrawnAt) : null,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
}

async function writePublications(tx: SeedTransaction, region: BergischesLand, add: AddCount) {
  add(
    'publication',
    await tx.publication.createMany({
      data: demoPublications.map((publication) => ({
        id: demoId('publication', publication.slug),
        regionId: region.regionId,
        municipalityId: publication.ags ? region.municipalityId(publication.ags) : null,
        kind: publication.kind,
        slug: publication.slug,
        titleDe: publication.titleDe,
        titleEn: publication.titleEn ?? null,
        bodyDe: publication.bodyDe,
        status: publication.status,
        publishedAt: publication.publishedAt ? new Date(publication.publishedAt) : null,
        ...demo,
      })),
      skipDuplicates: true,
    }),
  );
}
