// The queries the benchmark times. The headline is the question the project exists for:
// directives the Prime Minister assigned to one ministry, with assignees, meeting, issuer,
// deadline and source. The deep query walks meetings → directives → assignees → their other
// directives, the deepest shape the API's depth limit (8) admits, sized to fit its cost limit (5000).

export const HEADLINE_MINISTRY = 'Bộ Y tế';

export const HEADLINE_QUERY = `query Headline($ministry: String!) {
  directives(filter: { assignedBy: "PM", assignedTo: $ministry }, first: 20) {
    totalCount
    edges {
      node {
        id
        text
        assignees { id name }
        coordinators { id name }
        meeting { id title date }
        issuedBy { id name }
        deadline { date precision phrase }
        source { sentence start end document { id title published } }
      }
    }
  }
}`;

export const DEEP_QUERY = `query Deep {
  meetings(first: 5) {
    nodes {
      id
      title
      date
      directives(first: 4) {
        nodes {
          id
          text
          deadline { date }
          assignees {
            id
            name
            ... on Agency { directives(first: 2) { nodes { id text } } }
          }
        }
      }
    }
  }
}`;

export const HEADLINE_VARIABLES = { ministry: HEADLINE_MINISTRY };
