import { graphql } from '../gql';

/** What an agent edits about their job (never their administration: it comes from their identity). */
export const EditableProfileFragment = graphql(`
  fragment EditableProfile on Agent {
    phone
    jobTitle
    unit
    city
    departmentCode
    workMode
  }
`);

/** A skill the agent declares, with its level. */
export const HeldSkillFragment = graphql(`
  fragment HeldSkill on AgentSkill {
    skill {
      id
      label
      familyLabel
    }
    level
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      firstName
      lastName
      displayName
      email
      ...EditableProfile
      inDirectory
      administration {
        id
        name
      }
      manager {
        id
        displayName
      }
      skills {
        ...HeldSkill
      }
      availability {
        hoursPerMonth
        from
        until
      }
      hiddenFromAdministrations {
        id
        name
      }
    }
    skills {
      id
      label
      family
      familyLabel
    }
    administrations {
      id
      name
      acronym
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($id: ID!, $input: AgentProfileInput!) {
    updateAgentProfile(id: $id, input: $input) {
      id
      ...EditableProfile
    }
  }
`);

export const SetSkillsMutation = graphql(`
  mutation SetSkills($id: ID!, $skills: [AgentSkillInput!]!) {
    setAgentSkills(id: $id, skills: $skills) {
      id
      skills {
        ...HeldSkill
      }
    }
  }
`);

export const SetAvailabilityMutation = graphql(`
  mutation SetAvailability($id: ID!, $input: AgentAvailabilityInput!) {
    setAgentAvailability(id: $id, input: $input) {
      id
      availability {
        hoursPerMonth
        from
        until
      }
    }
  }
`);

export const SetVisibilityMutation = graphql(`
  mutation SetVisibility($id: ID!, $inDirectory: Boolean!, $hiddenFrom: [ID!]!) {
    setDirectoryVisibility(id: $id, inDirectory: $inDirectory) {
      id
      inDirectory
    }
    setHiddenFromAdministrations(agentId: $id, administrationIds: $hiddenFrom) {
      id
      hiddenFromAdministrations {
        id
        name
      }
    }
  }
`);
