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

/** A host's endorsement of a skill: who, after which mission, when. */
export const SkillEndorsementItemFragment = graphql(`
  fragment SkillEndorsementItem on SkillEndorsement {
    endorsedAt
    endorsedBy {
      id
      displayName
    }
    mission {
      id
      title
      hostAdministration {
        id
        name
        acronym
      }
    }
  }
`);

/** A skill the agent declares, with its level and the endorsements it received. */
export const HeldSkillFragment = graphql(`
  fragment HeldSkill on AgentSkill {
    skill {
      id
      label
      familyLabel
    }
    level
    endorsementCount
    endorsements {
      ...SkillEndorsementItem
    }
  }
`);

/** A skill hosts endorsed that the agent has not declared (no level is invented for it). */
export const EndorsedOnlySkillFragment = graphql(`
  fragment EndorsedOnlySkillItem on EndorsedOnlySkill {
    skill {
      id
      label
      familyLabel
    }
    endorsementCount
    endorsements {
      ...SkillEndorsementItem
    }
  }
`);

/*
 * Every edit sends the profile's version as read (`expectedVersion`) and reads back the new one, so
 * that the cache — hence the next edit of any form of the page — holds the current version, and an
 * edit made meanwhile elsewhere (another tab, the programme team) is refused instead of overwritten.
 */

export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      version
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
      undeclaredEndorsedSkills {
        ...EndorsedOnlySkillItem
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
  mutation UpdateProfile($id: ID!, $input: AgentProfileInput!, $expectedVersion: Int) {
    updateAgentProfile(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      ...EditableProfile
    }
  }
`);

export const SetSkillsMutation = graphql(`
  mutation SetSkills($id: ID!, $skills: [AgentSkillInput!]!, $expectedVersion: Int) {
    setAgentSkills(id: $id, skills: $skills, expectedVersion: $expectedVersion) {
      id
      version
      skills {
        ...HeldSkill
      }
      # Declaring an endorsed skill moves its endorsements from here to the skill.
      undeclaredEndorsedSkills {
        ...EndorsedOnlySkillItem
      }
    }
  }
`);

export const SetAvailabilityMutation = graphql(`
  mutation SetAvailability($id: ID!, $input: AgentAvailabilityInput!, $expectedVersion: Int) {
    setAgentAvailability(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      availability {
        hoursPerMonth
        from
        until
      }
    }
  }
`);

/**
 * Two edits in one request, run in order: the second expects the version the first leaves (each
 * write counts exactly one), so an edit slipped in between is refused too.
 */
export const SetVisibilityMutation = graphql(`
  mutation SetVisibility(
    $id: ID!
    $inDirectory: Boolean!
    $hiddenFrom: [ID!]!
    $expectedVersion: Int
    $nextVersion: Int
  ) {
    setDirectoryVisibility(id: $id, inDirectory: $inDirectory, expectedVersion: $expectedVersion) {
      id
      inDirectory
    }
    setHiddenFromAdministrations(
      agentId: $id
      administrationIds: $hiddenFrom
      expectedVersion: $nextVersion
    ) {
      id
      version
      hiddenFromAdministrations {
        id
        name
      }
    }
  }
`);
