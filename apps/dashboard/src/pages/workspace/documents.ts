// GraphQL documents of the staff workspace. Mutations select the changed object and the typed error
// members (MutationErrorFields); texts without `lang` follow the UI language (Accept-Language).
import { MutationErrorFields } from '../../auth/mutationResult';
import { graphql } from '../../graphql/graphql';
// The board shows the same card fields as the public list; drafts come only to staff.
import { PublicRecommendationListItem } from '../recommendations/documents';

/** The board and table load one page of this size; more asks the user to narrow the filters. */
export const BOARD_PAGE_SIZE = 100;

export const WorkspaceRecommendationsQuery = graphql(
  `
  query WorkspaceRecommendations($municipality: String, $goal: Int, $status: [RecommendationStatus!], $search: String, $first: Int) {
    recommendations(municipality: $municipality, goal: $goal, status: $status, search: $search, first: $first, includeArchived: false) {
      totalCount
      edges {
        node {
          ...PublicRecommendationListItem
        }
      }
    }
  }
`,
  [PublicRecommendationListItem],
);

export const WorkspaceRecommendationQuery = graphql(`
  query WorkspaceRecommendation($id: ID!) {
    recommendation(id: $id) {
      id
      version
      status
      progress
      rolledUpProgress
      title
      text
      titleDe
      titleEn
      textDe
      textEn
      dueDate
      weight
      archived
      isDemo
      municipality {
        id
        ags
        name
      }
      parent {
        id
        title
      }
      children(first: 100) {
        totalCount
        nodes {
          id
          title
          status
          progress
        }
      }
      sdgTargets {
        id
        code
        title
      }
      indicators(first: 100) {
        totalCount
        nodes {
          id
          key
          title
        }
      }
      responsibleActors(first: 100) {
        totalCount
        nodes {
          id
          name
        }
      }
      findings(first: 100) {
        totalCount
        nodes {
          id
          publicStatement
          statement
        }
      }
      history(last: 100) {
        totalCount
        nodes {
          fromStatus
          toStatus
          fromProgress
          toProgress
          note
          at
          author {
            displayName
          }
        }
      }
    }
  }
`);

export const UpdateRecommendationStatusMutation = graphql(
  `
    mutation UpdateRecommendationStatus($input: UpdateRecommendationStatusInput!) {
      updateRecommendationStatus(input: $input) {
        __typename
        ... on Recommendation {
          id
          version
          status
          progress
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const RecommendationFormOptionsQuery = graphql(`
  query RecommendationFormOptions {
    municipalities {
      id
      ags
      name
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

export const CreateRecommendationMutation = graphql(
  `
    mutation CreateRecommendation($input: CreateRecommendationInput!) {
      createRecommendation(input: $input) {
        __typename
        ... on Recommendation {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateRecommendationMutation = graphql(
  `
    mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
      updateRecommendation(input: $input) {
        __typename
        ... on Recommendation {
          id
          version
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const LinkRecommendationMutation = graphql(
  `
    mutation LinkRecommendation($input: RecommendationLinksInput!) {
      linkRecommendation(input: $input) {
        __typename
        ... on Recommendation {
          id
          version
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UnlinkRecommendationMutation = graphql(
  `
    mutation UnlinkRecommendation($input: RecommendationLinksInput!) {
      unlinkRecommendation(input: $input) {
        __typename
        ... on Recommendation {
          id
          version
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const ArchiveRecommendationMutation = graphql(
  `
    mutation ArchiveRecommendation($input: ArchiveRecommendationInput!) {
      archiveRecommendation(input: $input) {
        __typename
        ... on Recommendation {
          id
          version
          archived
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const IndicatorSearchQuery = graphql(`
  query IndicatorSearch($search: String) {
    indicators(search: $search, first: 20) {
      edges {
        node {
          id
          key
          title
        }
      }
    }
  }
`);

export const ActorSearchQuery = graphql(`
  query ActorSearch($search: String) {
    actors(search: $search, first: 20) {
      edges {
        node {
          id
          name
          municipality {
            id
            name
          }
        }
      }
    }
  }
`);

/** Staff see all findings of their region, published or not; statement is their recorded wording. */
export const FindingSearchQuery = graphql(`
  query FindingSearch($municipality: String) {
    findings(municipality: $municipality, first: 100) {
      edges {
        node {
          id
          kind
          statement
          publicStatement
          municipality {
            id
            name
          }
        }
      }
    }
  }
`);

export const MunicipalityOptionsQuery = graphql(`
  query MunicipalityOptions {
    municipalities {
      id
      ags
      name
    }
  }
`);

export const ImportRecommendationsCsvMutation = graphql(
  `
    mutation ImportRecommendationsCsv($csv: String!, $dryRun: Boolean) {
      importRecommendationsCsv(csv: $csv, dryRun: $dryRun) {
        __typename
        ... on RecommendationCsvImport {
          dryRun
          created
          updated
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      displayName
      email
      role
      disabled
      lockedUntil
      region {
        id
        slug
      }
    }
  }
`);

export const CreateUserMutation = graphql(
  `
    mutation CreateUser($input: CreateUserInput!) {
      createUser(input: $input) {
        __typename
        ... on User {
          id
          email
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateUserMutation = graphql(
  `
    mutation UpdateUser($input: UpdateUserInput!) {
      updateUser(input: $input) {
        __typename
        ... on User {
          id
          displayName
          role
          disabled
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

/** Targets of one indicator; national ones are shown read-only, regional and municipal ones can be replaced or deleted. */
export const IndicatorTargetsQuery = graphql(`
  query IndicatorTargets($key: String!) {
    indicator(key: $key) {
      id
      key
      title
      unit
      targets(first: 100) {
        totalCount
        nodes {
          id
          scope
          value
          year
          comparator
          note
          source
          municipality {
            ags
            name
          }
        }
      }
    }
  }
`);

export const SetIndicatorTargetMutation = graphql(
  `
    mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {
      setIndicatorTarget(input: $input) {
        __typename
        ... on IndicatorTarget {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const DeleteIndicatorTargetMutation = graphql(
  `
    mutation DeleteIndicatorTarget($id: ID!) {
      deleteIndicatorTarget(id: $id) {
        __typename
        ... on IndicatorTarget {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);
