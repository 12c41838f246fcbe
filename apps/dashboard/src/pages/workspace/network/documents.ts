// GraphQL documents of the staff pages for actors, their contacts, links and partnerships, and the
// actor CSV import. Mutations select the changed object and the typed error members.
import { MutationErrorFields } from '../../../auth/mutationResult';
import { graphql } from '../../../graphql/graphql';
import { ActorLinksFields } from '../../process/network/documents';

/** The actor list loads pages of this size. */
export const ACTORS_PAGE_SIZE = 25;

/** Municipalities and SDGs for the selects of the actor list and forms. */
export const NetworkOptionsQuery = graphql(`
  query NetworkOptions {
    municipalities {
      id
      ags
      name
    }
    sdgGoals {
      id
      number
      shortTitle
    }
  }
`);

export const WorkspaceActorsQuery = graphql(`
  query WorkspaceActors($search: String, $sector: ActorSector, $municipality: String, $goal: Int, $first: Int, $after: String, $includeArchived: Boolean) {
    actors(search: $search, sector: $sector, municipality: $municipality, goal: $goal, first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          sector
          archived
          municipality {
            ags
            name
          }
        }
      }
    }
  }
`);

export const WorkspaceActorQuery = graphql(`
  query WorkspaceActor($id: ID!) {
    actor(id: $id) {
      id
      name
      sector
      description
      website
      archived
      viewerCanEdit
      municipality {
        ags
        name
      }
      sdgGoals {
        number
      }
      contacts(first: 100) {
        totalCount
        edges {
          node {
            id
            firstName
            lastName
            email
            phone
            roleTitle
            notes
          }
        }
      }
      ...ActorLinksFields
      partnerships(first: 100) {
        totalCount
        edges {
          node {
            id
            kind
            partnerPlace
            partnerCountry
            sinceYear
            description
            municipality {
              ags
            }
          }
        }
      }
    }
  }
`,
  [ActorLinksFields],
);

/** Candidates for the other side of a link. */
export const ActorOptionsQuery = graphql(`
  query ActorOptions($search: String) {
    actors(search: $search, first: 20) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateActorMutation = graphql(
  `
    mutation CreateActor($input: CreateActorInput!) {
      createActor(input: $input) {
        __typename
        ... on Actor {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateActorMutation = graphql(
  `
    mutation UpdateActor($input: UpdateActorInput!) {
      updateActor(input: $input) {
        __typename
        ... on Actor {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const ArchiveActorMutation = graphql(
  `
    mutation ArchiveActor($id: ID!) {
      archiveActor(id: $id) {
        __typename
        ... on Actor {
          id
          archived
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const CreateContactMutation = graphql(
  `
    mutation CreateContact($input: CreateContactInput!) {
      createContact(input: $input) {
        __typename
        ... on Contact {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdateContactMutation = graphql(
  `
    mutation UpdateContact($input: UpdateContactInput!) {
      updateContact(input: $input) {
        __typename
        ... on Contact {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const LinkActorsMutation = graphql(
  `
    mutation LinkActors($input: LinkActorsInput!) {
      linkActors(input: $input) {
        __typename
        ... on ActorLink {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UnlinkActorsMutation = graphql(
  `
    mutation UnlinkActors($linkId: ID!) {
      unlinkActors(linkId: $linkId) {
        __typename
        ... on Actor {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const CreatePartnershipMutation = graphql(
  `
    mutation CreatePartnership($input: PartnershipInput!) {
      createPartnership(input: $input) {
        __typename
        ... on Partnership {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdatePartnershipMutation = graphql(
  `
    mutation UpdatePartnership($id: ID!, $input: PartnershipInput!) {
      updatePartnership(id: $id, input: $input) {
        __typename
        ... on Partnership {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const ImportActorsCsvMutation = graphql(
  `
    mutation ImportActorsCsv($csv: String!, $dryRun: Boolean) {
      importActorsCsv(csv: $csv, dryRun: $dryRun) {
        __typename
        ... on ActorCsvImport {
          dryRun
          actorsCreated
          actorsUpdated
          contactsCreated
          contactsUpdated
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);
