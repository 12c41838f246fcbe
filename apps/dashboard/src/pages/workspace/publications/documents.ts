// GraphQL documents of the publication editor. Updates name the version read (expectedVersion), so a
// change by someone else in between comes back as a ConflictError instead of being overwritten.
import { MutationErrorFields } from '../../../auth/mutationResult';
import { graphql } from '../../../graphql/graphql';

export const WorkspacePublicationsQuery = graphql(`
  query WorkspacePublications {
    publications(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          slug
          title
          status
          updatedAt
          viewerCanEdit
          municipality {
            name
          }
        }
      }
    }
  }
`);

export const WorkspacePublicationFields = graphql(`
  fragment WorkspacePublicationFields on Publication @_unmask {
    id
    kind
    slug
    status
    version
    titleDe
    titleEn
    bodyDe
    bodyEn
    publishedAt
    viewerCanEdit
    municipality {
      ags
      name
    }
  }
`);

export const WorkspacePublicationQuery = graphql(
  `
    query WorkspacePublication($id: ID!) {
      node(id: $id) {
        __typename
        ...WorkspacePublicationFields
      }
    }
  `,
  [WorkspacePublicationFields],
);

export const PublicationMunicipalitiesQuery = graphql(`
  query PublicationMunicipalities {
    municipalities {
      id
      ags
      name
    }
  }
`);

export const CreatePublicationMutation = graphql(
  `
    mutation CreatePublication($input: CreatePublicationInput!) {
      createPublication(input: $input) {
        __typename
        ... on Publication {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const UpdatePublicationMutation = graphql(
  `
    mutation UpdatePublication($input: UpdatePublicationInput!) {
      updatePublication(input: $input) {
        __typename
        ...WorkspacePublicationFields
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields, WorkspacePublicationFields],
);

export const SetPublicationStatusMutation = graphql(
  `
    mutation SetPublicationStatus($input: SetPublicationStatusInput!) {
      setPublicationStatus(input: $input) {
        __typename
        ...WorkspacePublicationFields
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields, WorkspacePublicationFields],
);
