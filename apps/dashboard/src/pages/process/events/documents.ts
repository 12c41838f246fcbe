// GraphQL documents of the public event pages and the process timeline. Participants are asked for
// by organisation only: the public pages never show persons (Participation.contact is staff-only).
import { graphql } from '../../../graphql/graphql';

/**
 * An agreement with who signed it and what it serves, one page each: the public event page and the
 * workspace's agreement list show the same.
 */
export const AgreementSummaryFields = graphql(`
  fragment AgreementSummaryFields on Agreement @_unmask {
    id
    title
    text
    agreedAt
    signatories(first: 100) {
      totalCount
      nodes {
        id
        name
      }
    }
    recommendations(first: 100) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);

export const EventFilterOptionsQuery = graphql(`
  query EventFilterOptions {
    municipalities {
      id
      ags
      name
    }
  }
`);

export const PublicEventListItem = graphql(`
  fragment PublicEventListItem on Event @_unmask {
    id
    kind
    date
    title
    place
    isDemo
    municipality {
      id
      ags
      name
    }
  }
`);

/** `first` for upcoming and all events (earliest first), `last` for past ones (the latest of them). */
export const PublicEventsQuery = graphql(
  `
    query PublicEvents($kind: [EventKind!], $municipality: String, $from: String, $to: String, $first: Int, $last: Int) {
      events(kind: $kind, municipality: $municipality, from: $from, to: $to, first: $first, last: $last) {
        totalCount
        edges {
          node {
            ...PublicEventListItem
          }
        }
      }
    }
  `,
  [PublicEventListItem],
);

// Agreements as `nodes`: their signatories' and recommendations' pages stay at depth 6.
export const PublicEventQuery = graphql(
  `
    query PublicEvent($id: ID!) {
      event(id: $id) {
        id
        kind
        date
        startsAt
        endsAt
        title
        place
        description
        minutes
        isDemo
        municipality {
          id
          ags
          name
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
              sector
            }
          }
        }
        findings(first: 50) {
          totalCount
          edges {
            node {
              id
              kind
              publicStatement
              themes
            }
          }
        }
        agreements(first: 20) {
          totalCount
          nodes {
            ...AgreementSummaryFields
          }
        }
      }
    }
  `,
  [AgreementSummaryFields],
);

export const ProcessTimelineQuery = graphql(`
  query ProcessTimeline($ags: String!) {
    processTimeline(ags: $ags) {
      step
      done
      count
      firstDate
      lastDate
      nextDate
    }
  }
`);

export const ProcessUnitsQuery = graphql(`
  query ProcessUnits {
    municipalities {
      id
      ags
      name
    }
  }
`);
