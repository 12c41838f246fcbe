// GraphQL documents of the process pages (events, interviews, findings, agreements and circles).
// Mutations select the changed object and the typed error members (MutationErrorFields).
import { MutationErrorFields } from '../../../auth/mutationResult';
import { graphql } from '../../../graphql/graphql';
import { AgreementSummaryFields } from '../../process/events/documents';

/** The choices of the pickers: municipalities, organisations, persons, events, interviews, recommendations. */
export const ProcessOptionsQuery = graphql(`
  query ProcessOptions {
    municipalities {
      id
      ags
      name
    }
    actors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    contacts(first: 100) {
      edges {
        node {
          id
          firstName
          lastName
        }
      }
    }
    events(first: 100) {
      edges {
        node {
          id
          title
          date
        }
      }
    }
    interviews(first: 100) {
      edges {
        node {
          id
          conductedAt
          actor {
            name
          }
          contact {
            firstName
            lastName
          }
        }
      }
    }
    recommendations(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const WorkspaceEventsQuery = graphql(`
  query WorkspaceEvents {
    events(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          date
          title
          place
          isPublic
          municipality {
            name
          }
        }
      }
    }
  }
`);

export const WorkspaceEventQuery = graphql(`
  query WorkspaceEvent($id: ID!) {
    event(id: $id) {
      id
      kind
      titleDe
      titleEn
      startsAt
      endsAt
      place
      description
      minutes
      isPublic
      municipality {
        ags
      }
      participants(first: 100) {
        totalCount
        nodes {
          id
          role
          topic
          actor {
            id
            name
          }
          contact {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

export const CreateEventMutation = graphql(
  `
    mutation CreateEvent($input: CreateEventInput!) {
      createEvent(input: $input) {
        __typename
        ... on Event {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateEventMutation = graphql(
  `
    mutation UpdateEvent($input: UpdateEventInput!) {
      updateEvent(input: $input) {
        __typename
        ... on Event {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const AddParticipationMutation = graphql(
  `
    mutation AddParticipation($input: AddParticipationInput!) {
      addParticipation(input: $input) {
        __typename
        ... on Event {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const RemoveParticipationMutation = graphql(
  `
    mutation RemoveParticipation($id: ID!) {
      removeParticipation(id: $id) {
        __typename
        ... on Event {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const WorkspaceInterviewsQuery = graphql(`
  query WorkspaceInterviews {
    interviews(first: 100) {
      totalCount
      edges {
        node {
          id
          conductedAt
          notes
          actor {
            id
            name
          }
          contact {
            id
            firstName
            lastName
          }
          municipality {
            ags
            name
          }
          interviewer {
            displayName
          }
        }
      }
    }
  }
`);

export const CreateInterviewMutation = graphql(
  `
    mutation CreateInterview($input: CreateInterviewInput!) {
      createInterview(input: $input) {
        __typename
        ... on Interview {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateInterviewMutation = graphql(
  `
    mutation UpdateInterview($input: UpdateInterviewInput!) {
      updateInterview(input: $input) {
        __typename
        ... on Interview {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const WorkspaceFindingsQuery = graphql(`
  query WorkspaceFindings {
    findings(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          statement
          publicStatement
          isPublished
          themes
          sdgTargets {
            code
          }
          municipality {
            ags
            name
          }
          event {
            id
          }
          interview {
            id
          }
        }
      }
    }
  }
`);

export const CreateFindingMutation = graphql(
  `
    mutation CreateFinding($input: CreateFindingInput!) {
      createFinding(input: $input) {
        __typename
        ... on Finding {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateFindingMutation = graphql(
  `
    mutation UpdateFinding($input: UpdateFindingInput!) {
      updateFinding(input: $input) {
        __typename
        ... on Finding {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const PublishFindingMutation = graphql(
  `
    mutation PublishFinding($id: ID!, $published: Boolean) {
      publishFinding(id: $id, published: $published) {
        __typename
        ... on Finding {
          id
          isPublished
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

/** A member of an initiative circle: an organisation, a person, or a person for an organisation. */
const CircleMemberFields = graphql(`
  fragment CircleMemberFields on CircleMember @_unmask {
    id
    joinedAt
    actor {
      id
      name
    }
    contact {
      id
      firstName
      lastName
    }
  }
`);

// Circles as `nodes` (not `edges { node }`): a member's actor is then at depth 6, half the limit. Twenty
// circles of fifty members keep the cost under half the limit too; the pages say when there are more.
export const WorkspaceAgreementsQuery = graphql(
  `
    query WorkspaceAgreements {
      agreements(first: 100) {
        edges {
          node {
            ...AgreementSummaryFields
            event {
              id
              title
            }
          }
        }
      }
      initiativeCircles(first: 20) {
        totalCount
        nodes {
          id
          name
          description
          foundedAt
          municipality {
            ags
            name
          }
          agreements(first: 100) {
            totalCount
            nodes {
              id
              title
            }
          }
          members(first: 50) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...CircleMemberFields
            }
          }
          reports(first: 100) {
            totalCount
            nodes {
              id
              meetingNumber
              meetingDate
              progress
              hurdles
              solutions
              missing
              isPublished
            }
          }
        }
      }
    }
  `,
  [AgreementSummaryFields, CircleMemberFields],
);

/** The next members of one circle, after the first page the agreements page loads. */
export const CircleMembersQuery = graphql(
  `
    query CircleMembers($id: ID!, $after: String) {
      node(id: $id) {
        ... on InitiativeCircle {
          members(first: 100, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...CircleMemberFields
            }
          }
        }
      }
    }
  `,
  [CircleMemberFields],
);

export const CreateAgreementMutation = graphql(
  `
    mutation CreateAgreement($input: CreateAgreementInput!) {
      createAgreement(input: $input) {
        __typename
        ... on Agreement {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateAgreementMutation = graphql(
  `
    mutation UpdateAgreement($input: UpdateAgreementInput!) {
      updateAgreement(input: $input) {
        __typename
        ... on Agreement {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const DeleteAgreementMutation = graphql(
  `
    mutation DeleteAgreement($id: ID!) {
      deleteAgreement(id: $id) {
        __typename
        ... on DeletedAgreement {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const CreateCircleMutation = graphql(
  `
    mutation CreateInitiativeCircle($input: CreateInitiativeCircleInput!) {
      createInitiativeCircle(input: $input) {
        __typename
        ... on InitiativeCircle {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateCircleMutation = graphql(
  `
    mutation UpdateInitiativeCircle($input: UpdateInitiativeCircleInput!) {
      updateInitiativeCircle(input: $input) {
        __typename
        ... on InitiativeCircle {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const AddCircleMemberMutation = graphql(
  `
    mutation AddCircleMember($input: AddCircleMemberInput!) {
      addCircleMember(input: $input) {
        __typename
        ... on InitiativeCircle {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const RemoveCircleMemberMutation = graphql(
  `
    mutation RemoveCircleMember($id: ID!) {
      removeCircleMember(id: $id) {
        __typename
        ... on InitiativeCircle {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const CreateCircleReportMutation = graphql(
  `
    mutation CreateCircleReport($input: CreateCircleReportInput!) {
      createCircleReport(input: $input) {
        __typename
        ... on CircleReport {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const PublishCircleReportMutation = graphql(
  `
    mutation PublishCircleReport($id: ID!, $published: Boolean) {
      publishCircleReport(id: $id, published: $published) {
        __typename
        ... on CircleReport {
          id
          isPublished
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);
