// GraphQL documents of the public network, actor and partnership pages. Nothing here asks for
// contacts or interviews: those are staff-only and the public pages never show persons.
import { graphql } from '../../../graphql/graphql';

/** An actor's links in both directions: the public actor page and the workspace show the same. */
export const ActorLinksFields = graphql(`
  fragment ActorLinksFields on Actor @_unmask {
    linksFrom(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          note
          to {
            id
            name
          }
        }
      }
    }
    linksTo(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          note
          from {
            id
            name
          }
        }
      }
    }
  }
`);

export const NetworkFilterOptionsQuery = graphql(`
  query NetworkFilterOptions($lang: Language) {
    municipalities {
      id
      ags
      name
    }
    sdgGoals {
      id
      number
      shortTitle(lang: $lang)
    }
  }
`);

export const ActorNetworkQuery = graphql(`
  query ActorNetwork($sector: ActorSector, $municipality: String, $goal: Int) {
    actorNetwork(sector: $sector, municipality: $municipality, goal: $goal) {
      nodes {
        degree
        bridging
        actor {
          id
          name
          sector
          municipality {
            id
            ags
            name
          }
        }
      }
      edges {
        id
        from
        to
        kind
      }
    }
  }
`);

export const PublicActorQuery = graphql(`
  query PublicActor($id: ID!, $lang: Language) {
    actor(id: $id) {
      id
      name
      sector
      description
      website
      isDemo
      municipality {
        id
        ags
        name
      }
      sdgGoals {
        id
        number
        shortTitle(lang: $lang)
      }
      ...ActorLinksFields
      participations(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            topic
            event {
              id
              kind
              date
              title(lang: $lang)
            }
          }
        }
      }
      partnerships(first: 100) {
        totalCount
        edges {
          node {
            id
            kind
            partnerPlace
            partnerCountry
            sinceYear
          }
        }
      }
      agreements(first: 100) {
        totalCount
        edges {
          node {
            id
            title
            agreedAt
            event {
              id
              title(lang: $lang)
            }
          }
        }
      }
    }
  }
`,
  [ActorLinksFields],
);

export const PartnershipsQuery = graphql(`
  query Partnerships {
    partnershipsByCountry {
      country
      count
      byKind {
        kind
        count
      }
    }
    partnerships(first: 100) {
      edges {
        node {
          id
          kind
          partnerPlace
          partnerCountry
          sinceYear
          description
          municipality {
            id
            ags
            name
          }
          actor {
            id
            name
          }
        }
      }
    }
  }
`);
