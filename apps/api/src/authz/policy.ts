// The declared authorization of every field of the schema, one place to read who may see what.
// The resolvers enforce it (authScopes, staff filters); src/authz/matrix.integration.test.ts derives
// the list of every field from the schema, fails when one has no rule here, and checks each rule
// over HTTP for each role. A new field or type without a rule therefore fails the build.

/**
 * - `public`: everybody, anonymous included; staff-only records inside lists are filtered out.
 * - `partner`: signed-in accounts and API keys (PARTNER, STAFF, ADMIN); anonymous gets UNAUTHENTICATED.
 * - `staff`: STAFF and ADMIN (of the record's region). Root fields refuse others with UNAUTHENTICATED
 *   (anonymous) or FORBIDDEN (partners); nested fields answer null or an empty list instead, so
 *   public pages that contain them stay answerable.
 * - `admin`: ADMIN only, refused like `staff` for everybody else.
 * - `session`: `login` and `logout`, which open and close cookie sessions: anyone may call them.
 *   An API key gains nothing from them (a Bearer request speaks for the key alone).
 */
export type Policy = 'public' | 'partner' | 'staff' | 'admin' | 'session';

/** Every Query field. */
export const queryPolicies: Record<string, Policy> = {
  node: 'public',
  nodes: 'public',
  viewer: 'public',
  users: 'admin',
  sdgGoals: 'public',
  sdgGoal: 'public',
  indicator: 'public',
  indicators: 'public',
  region: 'public',
  municipalities: 'public',
  municipality: 'public',
  recommendations: 'public',
  recommendation: 'public',
  recommendationProgress: 'public',
  apiKeys: 'admin',
  comparison: 'public',
  contacts: 'staff',
  consents: 'staff',
  events: 'public',
  event: 'public',
  processTimeline: 'public',
  agreements: 'public',
  initiativeCircles: 'public',
  circleReports: 'public',
  publications: 'public',
  publication: 'public',
  actors: 'public',
  actor: 'public',
  actorNetwork: 'public',
  partnerships: 'public',
  partnershipsByCountry: 'public',
  interviews: 'staff',
  findings: 'public',
  findingsOverview: 'public',
  search: 'public',
};

/** Every Mutation field: all of them are refused for anonymous callers and API keys except the session pair. */
export const mutationPolicies: Record<string, Policy> = {
  login: 'session',
  logout: 'session',
  createUser: 'admin',
  updateUser: 'admin',
  createApiKey: 'admin',
  revokeApiKey: 'admin',
  createRecommendation: 'staff',
  updateRecommendation: 'staff',
  updateRecommendationStatus: 'staff',
  linkRecommendation: 'staff',
  unlinkRecommendation: 'staff',
  archiveRecommendation: 'staff',
  importRecommendationsCsv: 'staff',
  setIndicatorTarget: 'staff',
  deleteIndicatorTarget: 'staff',
  createContact: 'staff',
  updateContact: 'staff',
  recordConsent: 'staff',
  withdrawConsent: 'staff',
  eraseContact: 'staff',
  createEvent: 'staff',
  updateEvent: 'staff',
  addParticipation: 'staff',
  removeParticipation: 'staff',
  createAgreement: 'staff',
  updateAgreement: 'staff',
  deleteAgreement: 'staff',
  createInitiativeCircle: 'staff',
  addCircleMember: 'staff',
  createCircleReport: 'staff',
  updateInitiativeCircle: 'staff',
  removeCircleMember: 'staff',
  publishCircleReport: 'staff',
  createPublication: 'staff',
  updatePublication: 'staff',
  setPublicationStatus: 'staff',
  createActor: 'staff',
  updateActor: 'staff',
  archiveActor: 'staff',
  linkActors: 'staff',
  unlinkActors: 'staff',
  importActorsCsv: 'staff',
  createPartnership: 'staff',
  updatePartnership: 'staff',
  createInterview: 'staff',
  updateInterview: 'staff',
  createFinding: 'staff',
  updateFinding: 'staff',
  publishFinding: 'staff',
};

/**
 * The policy of each object type: the default for its fields. Personal data (contacts, consents,
 * interviews and who conducted them) is staff-only; accounts are visible to staff (names in
 * histories) and to the account itself; API keys to admins. The network data partners use (actors,
 * links, events, partnerships) is public, so partners read it too.
 */
export const typePolicies: Record<string, Policy> = {
  // Typed errors of mutation results.
  InputProblem: 'public',
  ValidationError: 'public',
  NotFoundError: 'public',
  ForbiddenError: 'public',
  UnauthenticatedError: 'public',
  ConflictError: 'public',
  CsvProblem: 'staff',
  CsvImportError: 'staff',
  // Accounts and keys.
  User: 'staff',
  HistoryAuthor: 'staff',
  ApiKey: 'admin',
  ApiKeyViewer: 'partner',
  CreatedApiKey: 'admin',
  // Indicators and the SDGs.
  SdgGoal: 'public',
  SdgTarget: 'public',
  Indicator: 'public',
  IndicatorTarget: 'public',
  Region: 'public',
  Observation: 'public',
  Municipality: 'public',
  OpenSdgProgress: 'public',
  DnsWeatherProgress: 'public',
  Progress: 'public',
  SeriesPoint: 'public',
  Series: 'public',
  Trend: 'public',
  MunicipalityIndicator: 'public',
  OpenSdgStatusCount: 'public',
  GoalProgress: 'public',
  AgeGroupShare: 'public',
  Commuters: 'public',
  MunicipalityProfile: 'public',
  ComparisonValue: 'public',
  ComparisonRow: 'public',
  // Recommendations and the process.
  Recommendation: 'public',
  RecommendationChange: 'public',
  RecommendationStatusCount: 'public',
  RecommendationProgressGroup: 'public',
  RecommendationCsvImport: 'staff',
  Agreement: 'public',
  DeletedAgreement: 'staff',
  ProcessTimelineStep: 'public',
  Event: 'public',
  Participation: 'public',
  InitiativeCircle: 'public',
  CircleMember: 'public',
  CircleReport: 'public',
  Publication: 'public',
  Finding: 'public',
  FindingsOverviewKind: 'public',
  // The network.
  Actor: 'public',
  ActorLink: 'public',
  ActorNetworkNode: 'public',
  ActorNetworkEdge: 'public',
  ActorNetwork: 'public',
  ActorCsvImport: 'staff',
  Partnership: 'public',
  PartnershipCountry: 'public',
  PartnershipKindCount: 'public',
  // Personal data.
  Contact: 'staff',
  Consent: 'staff',
  Interview: 'staff',
  Interviewer: 'staff',
  // Search and paging.
  SearchSnippetPart: 'public',
  SearchHit: 'public',
  SearchEdge: 'public',
  SearchConnection: 'public',
  PageInfo: 'public',
};

/** Fields stricter than their type: they answer null (or an empty list) to everybody else. */
export const fieldPolicies: Record<string, Policy> = {
  'Actor.contacts': 'staff',
  'Actor.interviews': 'staff',
  'Finding.statement': 'staff',
  'Finding.interview': 'staff',
  'Participation.contact': 'staff',
  'RecommendationChange.author': 'staff',
};

/** The Relay connection and edge types Pothos generates per list take the policy of the list's field. */
const generatedConnection = /^(Query|Mutation)([A-Z]\w*?)Connection(Edge)?$/;

/** The policy of a field of an object type, or undefined when none is declared (which fails the matrix test). */
export function policyOf(typeName: string, fieldName: string): Policy | undefined {
  if (typeName === 'Query') return queryPolicies[fieldName];
  if (typeName === 'Mutation') return mutationPolicies[fieldName];
  const field = fieldPolicies[`${typeName}.${fieldName}`];
  if (field) return field;
  const connection = generatedConnection.exec(typeName);
  if (connection?.[1] === 'Query' && connection[2]) {
    const listField = connection[2].charAt(0).toLowerCase() + connection[2].slice(1);
    return queryPolicies[listField];
  }
  return typePolicies[typeName] ?? nestedConnectionPolicy(typeName);
}

/**
 * A nested list's connection and edge types (`ActorLinksFromConnection`, `…ConnectionEdge`) take the
 * policy of that field: its own rule, else its type's. The type name is split at the longest prefix
 * that names a type with a policy (`Actor` + `linksFrom`).
 */
function nestedConnectionPolicy(typeName: string): Policy | undefined {
  const name = /^(\w+?)Connection(?:Edge)?$/.exec(typeName)?.[1];
  if (!name) return undefined;
  for (let split = name.length - 1; split > 0; split -= 1) {
    const parent = name.slice(0, split);
    const rest = name.slice(split);
    if (!/^[A-Z]/.test(rest) || !typePolicies[parent]) continue;
    const field = rest.charAt(0).toLowerCase() + rest.slice(1);
    return fieldPolicies[`${parent}.${field}`] ?? typePolicies[parent];
  }
  return undefined;
}
