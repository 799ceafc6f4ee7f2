/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query HostedMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: { hostAdministrationId: $administrationId, statuses: [PUBLISHED, FILLED, CLOSED] }\n    ) {\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        startDate\n        endDate\n        seats\n        seatsRemaining\n        applications {\n          id\n          status\n        }\n      }\n    }\n  }\n': typeof types.HostedMissionsDocument;
  '\n  query MissionApplicants($id: ID!) {\n    mission(id: $id) {\n      id\n      title\n      kindLabel\n      status\n      startDate\n      endDate\n      effortHours\n      seats\n      seatsRemaining\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n      applications {\n        id\n        version\n        status\n        proposedHours\n        approvedHours\n        beyondBudget\n        motivation\n        reason\n        reasonText\n        createdAt\n        updatedAt\n        agent {\n          ...ApplicantIdentity\n        }\n      }\n      suggestedAgents(first: 50) {\n        agent {\n          id\n        }\n        score\n        availabilityScore\n        workModeScore\n        met {\n          id\n          label\n        }\n        partlyMet {\n          id\n          label\n        }\n        missing {\n          id\n          label\n        }\n        endorsed {\n          id\n          label\n        }\n      }\n    }\n  }\n': typeof types.MissionApplicantsDocument;
  '\n  mutation AcceptApplication($id: ID!, $expectedVersion: Int) {\n    acceptApplication(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.AcceptApplicationDocument;
  '\n  mutation DeclineApplication(\n    $id: ID!\n    $reason: DecisionReason!\n    $reasonText: String\n    $expectedVersion: Int\n  ) {\n    declineApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n': typeof types.DeclineApplicationDocument;
  '\n  query MyApplications {\n    me {\n      id\n      applications {\n        id\n        status\n        reason\n        reasonText\n        proposedHours\n        motivation\n        createdAt\n        updatedAt\n        timeline {\n          status\n          at\n        }\n        mission {\n          id\n          title\n          kindLabel\n          startDate\n          endDate\n          hostAdministration {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.MyApplicationsDocument;
  '\n  mutation WithdrawApplication($id: ID!, $reason: DecisionReason!, $reasonText: String) {\n    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText) {\n      id\n      status\n      reason\n      reasonText\n      updatedAt\n    }\n  }\n': typeof types.WithdrawApplicationDocument;
  '\n  subscription MyApplicationUpdates($after: String) {\n    myApplicationUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        reason\n        reasonText\n        updatedAt\n      }\n    }\n  }\n': typeof types.MyApplicationUpdatesDocument;
  '\n  fragment ApplicantIdentity on Agent {\n    id\n    displayName\n    jobTitle\n    administration {\n      id\n      name\n      acronym\n    }\n  }\n': typeof types.ApplicantIdentityFragmentDoc;
  '\n  fragment ApprovalRequestItem on ApprovalRequest {\n    hoursAsked\n    budgetYear\n    remainingHours\n    programmeQueue\n    deadline\n    onBehalfOf {\n      id\n      displayName\n    }\n    application {\n      id\n      version\n      status\n      proposedHours\n      motivation\n      createdAt\n    }\n    agent {\n      ...ApplicantIdentity\n    }\n    mission {\n      id\n      title\n      kindLabel\n      startDate\n      endDate\n      applicationDeadline\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n': typeof types.ApprovalRequestItemFragmentDoc;
  '\n  query ApprovalInbox {\n    me {\n      id\n      approvalInbox {\n        ...ApprovalRequestItem\n      }\n    }\n  }\n': typeof types.ApprovalInboxDocument;
  '\n  subscription ApprovalInboxUpdates($after: String) {\n    approvalInboxUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        version\n      }\n    }\n  }\n': typeof types.ApprovalInboxUpdatesDocument;
  '\n  mutation ApproveApplication($id: ID!, $expectedVersion: Int, $hours: Int, $beyondBudget: Boolean) {\n    approveApplication(\n      id: $id\n      expectedVersion: $expectedVersion\n      hours: $hours\n      beyondBudget: $beyondBudget\n    ) {\n      id\n      version\n      status\n      approvedHours\n      beyondBudget\n    }\n  }\n': typeof types.ApproveApplicationDocument;
  '\n  fragment ApplicationDecision on Application {\n    id\n    version\n    status\n    reason\n    reasonText\n  }\n': typeof types.ApplicationDecisionFragmentDoc;
  '\n  mutation RefuseApplication($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {\n    refuseApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n': typeof types.RefuseApplicationDocument;
  '\n  fragment TimeBudgetFigures on TimeBudget {\n    agentId\n    year\n    annualHours\n    committedHours\n    remainingHours\n    customised\n  }\n': typeof types.TimeBudgetFiguresFragmentDoc;
  '\n  mutation SetTimeBudget($agentId: ID!, $year: Int!, $hours: Int!) {\n    setTimeBudget(agentId: $agentId, year: $year, hours: $hours) {\n      ...TimeBudgetFigures\n    }\n  }\n': typeof types.SetTimeBudgetDocument;
  '\n  query MyDelegations {\n    me {\n      id\n      approvalDelegations {\n        id\n        from\n        until\n        revokedAt\n        manager {\n          id\n          displayName\n        }\n        deputy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.MyDelegationsDocument;
  '\n  query DeputyCandidates($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n': typeof types.DeputyCandidatesDocument;
  '\n  mutation DelegateApprovals($deputyAgentId: ID!, $from: LocalDate!, $until: LocalDate!) {\n    delegateApprovals(deputyAgentId: $deputyAgentId, from: $from, until: $until) {\n      id\n      from\n      until\n    }\n  }\n': typeof types.DelegateApprovalsDocument;
  '\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n': typeof types.RevokeDelegationDocument;
  '\n  mutation ReassignApprovalRequest($applicationId: ID!, $approverAgentId: ID!) {\n    reassignApprovalRequest(applicationId: $applicationId, approverAgentId: $approverAgentId) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.ReassignApprovalRequestDocument;
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorKind\n    actorId\n    action\n    entityType\n    entityId\n    subjectAgentId\n    fields\n    before\n    after\n  }\n': typeof types.AuditEntryFieldsFragmentDoc;
  '\n  fragment AuditPageFields on AuditEntryPage {\n    nodes {\n      ...AuditEntryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n': typeof types.AuditPageFieldsFragmentDoc;
  '\n  query ProfilesAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: profilesAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n': typeof types.ProfilesAuditLogDocument;
  '\n  query MissionsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: missionsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n': typeof types.MissionsAuditLogDocument;
  '\n  query ApprovalsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: approvalsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n': typeof types.ApprovalsAuditLogDocument;
  '\n  query AuditAgentName($id: ID!) {\n    agent(id: $id) {\n      id\n      displayName\n    }\n  }\n': typeof types.AuditAgentNameDocument;
  '\n  fragment Referentials on Query {\n    skills {\n      id\n      label\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n': typeof types.ReferentialsFragmentDoc;
  '\n  subscription MissionMatches($minScore: Float!, $after: String) {\n    missionMatches(minScore: $minScore, after: $after) {\n      cursor\n      ...MatchExplanation\n      mission {\n        ...MissionSummary\n      }\n    }\n  }\n': typeof types.MissionMatchesDocument;
  '\n  query RecommendedMissions($first: Int!, $minScore: Float!) {\n    me {\n      id\n      recommendedMissions(first: $first, minScore: $minScore) {\n        ...MatchExplanation\n        mission {\n          ...MissionSummary\n        }\n      }\n    }\n  }\n': typeof types.RecommendedMissionsDocument;
  '\n  query HostMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: {\n        hostAdministrationId: $administrationId\n        statuses: [DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, CANCELLED]\n      }\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        kindLabel\n        status\n        effortHours\n        startDate\n        endDate\n        applicationDeadline\n        seats\n        seatsRemaining\n        returnReason\n        createdAt\n        updatedAt\n        publishedAt\n      }\n    }\n  }\n': typeof types.HostMissionsDocument;
  '\n  query MissionFormOptions {\n    ...Referentials\n  }\n': typeof types.MissionFormOptionsDocument;
  '\n  query AdministrationAgents($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n': typeof types.AdministrationAgentsDocument;
  '\n  query EditableMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      version\n      kind\n      returnReason\n    }\n  }\n': typeof types.EditableMissionDocument;
  '\n  mutation CreateMission($input: MissionInput!, $idempotencyKey: String) {\n    createMission(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.CreateMissionDocument;
  '\n  mutation UpdateMission($id: ID!, $input: MissionInput!, $expectedVersion: Int) {\n    updateMission(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n': typeof types.UpdateMissionDocument;
  '\n  mutation SubmitMission($id: ID!) {\n    submitMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.SubmitMissionDocument;
  '\n  mutation CancelMission($id: ID!) {\n    cancelMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.CancelMissionDocument;
  '\n  mutation CloseMission($id: ID!) {\n    closeMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.CloseMissionDocument;
  '\n  mutation MarkMissionFilled($id: ID!) {\n    markMissionFilled(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.MarkMissionFilledDocument;
  '\n  fragment MissionSummary on Mission {\n    id\n    title\n    kindLabel\n    domain\n    effortHours\n    startDate\n    endDate\n    applicationDeadline\n    workMode\n    location\n    crisis\n    status\n    seatsRemaining\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n  }\n': typeof types.MissionSummaryFragmentDoc;
  '\n  fragment MissionContent on Mission {\n    ...MissionSummary\n    description\n    seats\n    contact {\n      id\n      displayName\n      jobTitle\n    }\n    requiredSkills {\n      skill {\n        id\n        label\n        familyLabel\n      }\n      minLevel\n      essential\n    }\n    restrictedTo {\n      id\n      name\n    }\n  }\n': typeof types.MissionContentFragmentDoc;
  '\n  fragment MatchExplanation on MissionMatch {\n    score\n    skillsScore\n    availabilityScore\n    workModeScore\n    met {\n      id\n      label\n    }\n    partlyMet {\n      id\n      label\n    }\n    missing {\n      id\n      label\n    }\n    endorsed {\n      id\n      label\n    }\n  }\n': typeof types.MatchExplanationFragmentDoc;
  '\n  query Mission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      publishedAt\n      applications {\n        id\n        status\n        proposedHours\n        createdAt\n      }\n    }\n  }\n': typeof types.MissionDocument;
  '\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input) {\n      id\n      status\n      proposedHours\n      createdAt\n    }\n  }\n': typeof types.ApplyDocument;
  '\n  query ModerationQueue($after: String) {\n    missions(first: 100, after: $after, filter: { statuses: [SUBMITTED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        createdAt\n        updatedAt\n        startDate\n        applicationDeadline\n        effortHours\n        hostAdministration {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n': typeof types.ModerationQueueDocument;
  '\n  query ModerationMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      createdAt\n      updatedAt\n    }\n  }\n': typeof types.ModerationMissionDocument;
  '\n  mutation PublishMission($id: ID!) {\n    publishMission(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n': typeof types.PublishMissionDocument;
  '\n  mutation ReturnMissionToDraft($id: ID!, $reason: String!) {\n    returnMissionToDraft(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n': typeof types.ReturnMissionToDraftDocument;
  '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    text\n    link\n    read\n    createdAt\n  }\n': typeof types.NotificationItemFragmentDoc;
  '\n  query NotificationBell($first: Int!) {\n    me {\n      id\n      notifications(first: $first) {\n        unreadCount\n        totalCount\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n': typeof types.NotificationBellDocument;
  '\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    me {\n      id\n      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n        unreadCount\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unreadCount\n    }\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  subscription MyNotifications($after: String) {\n    myNotifications(after: $after) {\n      cursor\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        kind\n        email\n        byDefault\n      }\n    }\n  }\n': typeof types.NotificationPreferencesDocument;
  '\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      email\n      byDefault\n    }\n  }\n': typeof types.SetNotificationPreferencesDocument;
  '\n  fragment DurationFigures on DurationStats {\n    count\n    medianHours\n    p90Hours\n  }\n': typeof types.DurationFiguresFragmentDoc;
  '\n  query ProgrammeNumbers($filter: ProgrammeNumbersFilter) {\n    statsProgrammeNumbers(filter: $filter) {\n      id\n      from\n      to\n      ministry {\n        id\n        name\n        acronym\n      }\n      kind\n      missionFunnel {\n        posted\n        published\n      }\n      applicationFunnel {\n        applied\n        applicants\n        released\n        accepted\n        completed\n      }\n      timeToPublication {\n        ...DurationFigures\n      }\n      timeToFirstApplicant {\n        ...DurationFigures\n      }\n      timeToRelease {\n        ...DurationFigures\n      }\n      timeToAcceptance {\n        ...DurationFigures\n      }\n      closureReasons {\n        status\n        reason\n        count\n      }\n      hoursByMinistry {\n        ministry {\n          id\n          name\n          acronym\n        }\n        hoursGiven\n        hoursReceived\n        balance\n      }\n      skills(first: 15) {\n        skill {\n          id\n          label\n        }\n        missionsDemanding\n        agentsOffering\n        agentsAvailable\n      }\n      missionsWithoutApplicants(first: 20) {\n        count\n        missions {\n          id\n          title\n          publishedAt\n          hostAdministration {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProgrammeNumbersDocument;
  '\n  query NumbersMinistries {\n    administrations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n': typeof types.NumbersMinistriesDocument;
  '\n  fragment AgreementFields on Agreement {\n    id\n    applicationId\n    version\n    hours\n    startDate\n    endDate\n    createdAt\n    documentUrl\n    acknowledgedByAll\n    myParties\n    agent {\n      id\n      displayName\n    }\n    releasedBy {\n      id\n      displayName\n    }\n    hostContact {\n      id\n      displayName\n    }\n    homeAdministration {\n      id\n      name\n      acronym\n    }\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n    clauses {\n      title\n      text\n    }\n    acknowledgements {\n      party\n      acknowledgedAt\n      agent {\n        id\n        displayName\n      }\n    }\n    versions {\n      version\n      hours\n      startDate\n      endDate\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      acknowledgements {\n        party\n        acknowledgedAt\n        agent {\n          id\n          displayName\n        }\n      }\n    }\n    maxHoursSpent\n  }\n': typeof types.AgreementFieldsFragmentDoc;
  '\n  fragment CompletionFields on Completion {\n    hoursSpent\n    recordedAt\n    agentResponse\n    agentComment\n    respondedAt\n    certificateUrl\n    recordedBy {\n      id\n      displayName\n    }\n    feedback {\n      side\n      rating\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      endorsedAt\n      skill {\n        id\n        label\n      }\n      endorsedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.CompletionFieldsFragmentDoc;
  '\n  query ApplicationOutcomes($id: ID!) {\n    application(id: $id) {\n      id\n      version\n      status\n      proposedHours\n      approvedHours\n      agent {\n        id\n        displayName\n        skills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      mission {\n        id\n        title\n        kindLabel\n        startDate\n        endDate\n        requiredSkills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      agreement {\n        ...AgreementFields\n      }\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n': typeof types.ApplicationOutcomesDocument;
  '\n  mutation AcknowledgeAgreement($id: ID!, $version: Int!) {\n    acknowledgeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n': typeof types.AcknowledgeAgreementDocument;
  '\n  mutation AmendAgreement($id: ID!, $expectedVersion: Int!, $input: AgreementAmendmentInput!) {\n    amendAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...AgreementFields\n    }\n  }\n': typeof types.AmendAgreementDocument;
  '\n  mutation RecordCompletion($id: ID!, $hoursSpent: Int!, $expectedVersion: Int) {\n    recordCompletion(id: $id, hoursSpent: $hoursSpent, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n': typeof types.RecordCompletionDocument;
  '\n  mutation RespondToCompletion($id: ID!, $confirmed: Boolean!, $comment: String) {\n    respondToCompletion(id: $id, confirmed: $confirmed, comment: $comment) {\n      ...CompletionFields\n    }\n  }\n': typeof types.RespondToCompletionDocument;
  '\n  mutation GiveMissionFeedback($id: ID!, $rating: Int!, $text: String) {\n    giveMissionFeedback(id: $id, rating: $rating, text: $text) {\n      ...CompletionFields\n    }\n  }\n': typeof types.GiveMissionFeedbackDocument;
  '\n  mutation EndorseSkills($id: ID!, $skillIds: [ID!]!) {\n    endorseSkills(id: $id, skillIds: $skillIds) {\n      ...CompletionFields\n    }\n  }\n': typeof types.EndorseSkillsDocument;
  '\n  query EndorsableSkills {\n    skills {\n      id\n      label\n      familyLabel\n    }\n  }\n': typeof types.EndorsableSkillsDocument;
  '\n  fragment EditableProfile on Agent {\n    phone\n    jobTitle\n    unit\n    city\n    departmentCode\n    workMode\n  }\n': typeof types.EditableProfileFragmentDoc;
  '\n  fragment SkillEndorsementItem on SkillEndorsement {\n    endorsedAt\n    endorsedBy {\n      id\n      displayName\n    }\n    mission {\n      id\n      title\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n': typeof types.SkillEndorsementItemFragmentDoc;
  '\n  fragment HeldSkill on AgentSkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    level\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n': typeof types.HeldSkillFragmentDoc;
  '\n  fragment EndorsedOnlySkillItem on EndorsedOnlySkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n': typeof types.EndorsedOnlySkillItemFragmentDoc;
  '\n  query MyProfile {\n    me {\n      id\n      version\n      firstName\n      lastName\n      displayName\n      email\n      ...EditableProfile\n      inDirectory\n      administration {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n      skills {\n        ...HeldSkill\n      }\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n    skills {\n      id\n      label\n      family\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n': typeof types.MyProfileDocument;
  '\n  mutation UpdateProfile($id: ID!, $input: AgentProfileInput!, $expectedVersion: Int) {\n    updateAgentProfile(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      ...EditableProfile\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation SetSkills($id: ID!, $skills: [AgentSkillInput!]!, $expectedVersion: Int) {\n    setAgentSkills(id: $id, skills: $skills, expectedVersion: $expectedVersion) {\n      id\n      version\n      skills {\n        ...HeldSkill\n      }\n      # Declaring an endorsed skill moves its endorsements from here to the skill.\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n    }\n  }\n': typeof types.SetSkillsDocument;
  '\n  mutation SetAvailability($id: ID!, $input: AgentAvailabilityInput!, $expectedVersion: Int) {\n    setAgentAvailability(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n    }\n  }\n': typeof types.SetAvailabilityDocument;
  '\n  mutation SetVisibility(\n    $id: ID!\n    $inDirectory: Boolean!\n    $hiddenFrom: [ID!]!\n    $expectedVersion: Int\n    $nextVersion: Int\n  ) {\n    setDirectoryVisibility(id: $id, inDirectory: $inDirectory, expectedVersion: $expectedVersion) {\n      id\n      inDirectory\n    }\n    setHiddenFromAdministrations(\n      agentId: $id\n      administrationIds: $hiddenFrom\n      expectedVersion: $nextVersion\n    ) {\n      id\n      version\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SetVisibilityDocument;
  '\n  query SearchMissions($filter: MissionFilter, $first: Int!, $after: String) {\n    missions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MissionSummary\n      }\n    }\n  }\n': typeof types.SearchMissionsDocument;
  '\n  query SearchFacets {\n    ...Referentials\n  }\n': typeof types.SearchFacetsDocument;
  '\n  query Session {\n    me {\n      id\n      firstName\n      displayName\n      administration {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SessionDocument;
  '\n  fragment TeamApplication on Application {\n    id\n    status\n    proposedHours\n    approvedHours\n    deadline\n    mission {\n      id\n      title\n      startDate\n      endDate\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n': typeof types.TeamApplicationFragmentDoc;
  '\n  query MyTeam($year: Int!) {\n    me {\n      id\n      administration {\n        id\n        name\n        acronym\n      }\n      team(year: $year) {\n        agent {\n          id\n          displayName\n          jobTitle\n        }\n        budget {\n          ...TimeBudgetFigures\n        }\n        pendingHours\n        pendingApplications {\n          ...TeamApplication\n        }\n        currentMissions {\n          ...TeamApplication\n        }\n        upcomingMissions {\n          ...TeamApplication\n        }\n      }\n    }\n  }\n': typeof types.MyTeamDocument;
  '\n  query AdministrationCredit($year: Int!, $administrationId: ID!) {\n    statsCreditBalances(year: $year, administrationId: $administrationId) {\n      year\n      hoursGiven\n      hoursReceived\n      balance\n      administration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n': typeof types.AdministrationCreditDocument;
};
const documents: Documents = {
  '\n  query HostedMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: { hostAdministrationId: $administrationId, statuses: [PUBLISHED, FILLED, CLOSED] }\n    ) {\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        startDate\n        endDate\n        seats\n        seatsRemaining\n        applications {\n          id\n          status\n        }\n      }\n    }\n  }\n':
    types.HostedMissionsDocument,
  '\n  query MissionApplicants($id: ID!) {\n    mission(id: $id) {\n      id\n      title\n      kindLabel\n      status\n      startDate\n      endDate\n      effortHours\n      seats\n      seatsRemaining\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n      applications {\n        id\n        version\n        status\n        proposedHours\n        approvedHours\n        beyondBudget\n        motivation\n        reason\n        reasonText\n        createdAt\n        updatedAt\n        agent {\n          ...ApplicantIdentity\n        }\n      }\n      suggestedAgents(first: 50) {\n        agent {\n          id\n        }\n        score\n        availabilityScore\n        workModeScore\n        met {\n          id\n          label\n        }\n        partlyMet {\n          id\n          label\n        }\n        missing {\n          id\n          label\n        }\n        endorsed {\n          id\n          label\n        }\n      }\n    }\n  }\n':
    types.MissionApplicantsDocument,
  '\n  mutation AcceptApplication($id: ID!, $expectedVersion: Int) {\n    acceptApplication(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n':
    types.AcceptApplicationDocument,
  '\n  mutation DeclineApplication(\n    $id: ID!\n    $reason: DecisionReason!\n    $reasonText: String\n    $expectedVersion: Int\n  ) {\n    declineApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n':
    types.DeclineApplicationDocument,
  '\n  query MyApplications {\n    me {\n      id\n      applications {\n        id\n        status\n        reason\n        reasonText\n        proposedHours\n        motivation\n        createdAt\n        updatedAt\n        timeline {\n          status\n          at\n        }\n        mission {\n          id\n          title\n          kindLabel\n          startDate\n          endDate\n          hostAdministration {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.MyApplicationsDocument,
  '\n  mutation WithdrawApplication($id: ID!, $reason: DecisionReason!, $reasonText: String) {\n    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText) {\n      id\n      status\n      reason\n      reasonText\n      updatedAt\n    }\n  }\n':
    types.WithdrawApplicationDocument,
  '\n  subscription MyApplicationUpdates($after: String) {\n    myApplicationUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        reason\n        reasonText\n        updatedAt\n      }\n    }\n  }\n':
    types.MyApplicationUpdatesDocument,
  '\n  fragment ApplicantIdentity on Agent {\n    id\n    displayName\n    jobTitle\n    administration {\n      id\n      name\n      acronym\n    }\n  }\n':
    types.ApplicantIdentityFragmentDoc,
  '\n  fragment ApprovalRequestItem on ApprovalRequest {\n    hoursAsked\n    budgetYear\n    remainingHours\n    programmeQueue\n    deadline\n    onBehalfOf {\n      id\n      displayName\n    }\n    application {\n      id\n      version\n      status\n      proposedHours\n      motivation\n      createdAt\n    }\n    agent {\n      ...ApplicantIdentity\n    }\n    mission {\n      id\n      title\n      kindLabel\n      startDate\n      endDate\n      applicationDeadline\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n':
    types.ApprovalRequestItemFragmentDoc,
  '\n  query ApprovalInbox {\n    me {\n      id\n      approvalInbox {\n        ...ApprovalRequestItem\n      }\n    }\n  }\n':
    types.ApprovalInboxDocument,
  '\n  subscription ApprovalInboxUpdates($after: String) {\n    approvalInboxUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        version\n      }\n    }\n  }\n':
    types.ApprovalInboxUpdatesDocument,
  '\n  mutation ApproveApplication($id: ID!, $expectedVersion: Int, $hours: Int, $beyondBudget: Boolean) {\n    approveApplication(\n      id: $id\n      expectedVersion: $expectedVersion\n      hours: $hours\n      beyondBudget: $beyondBudget\n    ) {\n      id\n      version\n      status\n      approvedHours\n      beyondBudget\n    }\n  }\n':
    types.ApproveApplicationDocument,
  '\n  fragment ApplicationDecision on Application {\n    id\n    version\n    status\n    reason\n    reasonText\n  }\n':
    types.ApplicationDecisionFragmentDoc,
  '\n  mutation RefuseApplication($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {\n    refuseApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n':
    types.RefuseApplicationDocument,
  '\n  fragment TimeBudgetFigures on TimeBudget {\n    agentId\n    year\n    annualHours\n    committedHours\n    remainingHours\n    customised\n  }\n':
    types.TimeBudgetFiguresFragmentDoc,
  '\n  mutation SetTimeBudget($agentId: ID!, $year: Int!, $hours: Int!) {\n    setTimeBudget(agentId: $agentId, year: $year, hours: $hours) {\n      ...TimeBudgetFigures\n    }\n  }\n':
    types.SetTimeBudgetDocument,
  '\n  query MyDelegations {\n    me {\n      id\n      approvalDelegations {\n        id\n        from\n        until\n        revokedAt\n        manager {\n          id\n          displayName\n        }\n        deputy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.MyDelegationsDocument,
  '\n  query DeputyCandidates($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n':
    types.DeputyCandidatesDocument,
  '\n  mutation DelegateApprovals($deputyAgentId: ID!, $from: LocalDate!, $until: LocalDate!) {\n    delegateApprovals(deputyAgentId: $deputyAgentId, from: $from, until: $until) {\n      id\n      from\n      until\n    }\n  }\n':
    types.DelegateApprovalsDocument,
  '\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n':
    types.RevokeDelegationDocument,
  '\n  mutation ReassignApprovalRequest($applicationId: ID!, $approverAgentId: ID!) {\n    reassignApprovalRequest(applicationId: $applicationId, approverAgentId: $approverAgentId) {\n      id\n      version\n      status\n    }\n  }\n':
    types.ReassignApprovalRequestDocument,
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorKind\n    actorId\n    action\n    entityType\n    entityId\n    subjectAgentId\n    fields\n    before\n    after\n  }\n':
    types.AuditEntryFieldsFragmentDoc,
  '\n  fragment AuditPageFields on AuditEntryPage {\n    nodes {\n      ...AuditEntryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n':
    types.AuditPageFieldsFragmentDoc,
  '\n  query ProfilesAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: profilesAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n':
    types.ProfilesAuditLogDocument,
  '\n  query MissionsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: missionsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n':
    types.MissionsAuditLogDocument,
  '\n  query ApprovalsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: approvalsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n':
    types.ApprovalsAuditLogDocument,
  '\n  query AuditAgentName($id: ID!) {\n    agent(id: $id) {\n      id\n      displayName\n    }\n  }\n':
    types.AuditAgentNameDocument,
  '\n  fragment Referentials on Query {\n    skills {\n      id\n      label\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n':
    types.ReferentialsFragmentDoc,
  '\n  subscription MissionMatches($minScore: Float!, $after: String) {\n    missionMatches(minScore: $minScore, after: $after) {\n      cursor\n      ...MatchExplanation\n      mission {\n        ...MissionSummary\n      }\n    }\n  }\n':
    types.MissionMatchesDocument,
  '\n  query RecommendedMissions($first: Int!, $minScore: Float!) {\n    me {\n      id\n      recommendedMissions(first: $first, minScore: $minScore) {\n        ...MatchExplanation\n        mission {\n          ...MissionSummary\n        }\n      }\n    }\n  }\n':
    types.RecommendedMissionsDocument,
  '\n  query HostMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: {\n        hostAdministrationId: $administrationId\n        statuses: [DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, CANCELLED]\n      }\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        kindLabel\n        status\n        effortHours\n        startDate\n        endDate\n        applicationDeadline\n        seats\n        seatsRemaining\n        returnReason\n        createdAt\n        updatedAt\n        publishedAt\n      }\n    }\n  }\n':
    types.HostMissionsDocument,
  '\n  query MissionFormOptions {\n    ...Referentials\n  }\n': types.MissionFormOptionsDocument,
  '\n  query AdministrationAgents($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n':
    types.AdministrationAgentsDocument,
  '\n  query EditableMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      version\n      kind\n      returnReason\n    }\n  }\n':
    types.EditableMissionDocument,
  '\n  mutation CreateMission($input: MissionInput!, $idempotencyKey: String) {\n    createMission(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      version\n    }\n  }\n':
    types.CreateMissionDocument,
  '\n  mutation UpdateMission($id: ID!, $input: MissionInput!, $expectedVersion: Int) {\n    updateMission(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n':
    types.UpdateMissionDocument,
  '\n  mutation SubmitMission($id: ID!) {\n    submitMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.SubmitMissionDocument,
  '\n  mutation CancelMission($id: ID!) {\n    cancelMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.CancelMissionDocument,
  '\n  mutation CloseMission($id: ID!) {\n    closeMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.CloseMissionDocument,
  '\n  mutation MarkMissionFilled($id: ID!) {\n    markMissionFilled(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.MarkMissionFilledDocument,
  '\n  fragment MissionSummary on Mission {\n    id\n    title\n    kindLabel\n    domain\n    effortHours\n    startDate\n    endDate\n    applicationDeadline\n    workMode\n    location\n    crisis\n    status\n    seatsRemaining\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n  }\n':
    types.MissionSummaryFragmentDoc,
  '\n  fragment MissionContent on Mission {\n    ...MissionSummary\n    description\n    seats\n    contact {\n      id\n      displayName\n      jobTitle\n    }\n    requiredSkills {\n      skill {\n        id\n        label\n        familyLabel\n      }\n      minLevel\n      essential\n    }\n    restrictedTo {\n      id\n      name\n    }\n  }\n':
    types.MissionContentFragmentDoc,
  '\n  fragment MatchExplanation on MissionMatch {\n    score\n    skillsScore\n    availabilityScore\n    workModeScore\n    met {\n      id\n      label\n    }\n    partlyMet {\n      id\n      label\n    }\n    missing {\n      id\n      label\n    }\n    endorsed {\n      id\n      label\n    }\n  }\n':
    types.MatchExplanationFragmentDoc,
  '\n  query Mission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      publishedAt\n      applications {\n        id\n        status\n        proposedHours\n        createdAt\n      }\n    }\n  }\n':
    types.MissionDocument,
  '\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input) {\n      id\n      status\n      proposedHours\n      createdAt\n    }\n  }\n':
    types.ApplyDocument,
  '\n  query ModerationQueue($after: String) {\n    missions(first: 100, after: $after, filter: { statuses: [SUBMITTED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        createdAt\n        updatedAt\n        startDate\n        applicationDeadline\n        effortHours\n        hostAdministration {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n':
    types.ModerationQueueDocument,
  '\n  query ModerationMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      createdAt\n      updatedAt\n    }\n  }\n':
    types.ModerationMissionDocument,
  '\n  mutation PublishMission($id: ID!) {\n    publishMission(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n':
    types.PublishMissionDocument,
  '\n  mutation ReturnMissionToDraft($id: ID!, $reason: String!) {\n    returnMissionToDraft(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n':
    types.ReturnMissionToDraftDocument,
  '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    text\n    link\n    read\n    createdAt\n  }\n':
    types.NotificationItemFragmentDoc,
  '\n  query NotificationBell($first: Int!) {\n    me {\n      id\n      notifications(first: $first) {\n        unreadCount\n        totalCount\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n':
    types.NotificationBellDocument,
  '\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    me {\n      id\n      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n        unreadCount\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unreadCount\n    }\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  subscription MyNotifications($after: String) {\n    myNotifications(after: $after) {\n      cursor\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        kind\n        email\n        byDefault\n      }\n    }\n  }\n':
    types.NotificationPreferencesDocument,
  '\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      email\n      byDefault\n    }\n  }\n':
    types.SetNotificationPreferencesDocument,
  '\n  fragment DurationFigures on DurationStats {\n    count\n    medianHours\n    p90Hours\n  }\n':
    types.DurationFiguresFragmentDoc,
  '\n  query ProgrammeNumbers($filter: ProgrammeNumbersFilter) {\n    statsProgrammeNumbers(filter: $filter) {\n      id\n      from\n      to\n      ministry {\n        id\n        name\n        acronym\n      }\n      kind\n      missionFunnel {\n        posted\n        published\n      }\n      applicationFunnel {\n        applied\n        applicants\n        released\n        accepted\n        completed\n      }\n      timeToPublication {\n        ...DurationFigures\n      }\n      timeToFirstApplicant {\n        ...DurationFigures\n      }\n      timeToRelease {\n        ...DurationFigures\n      }\n      timeToAcceptance {\n        ...DurationFigures\n      }\n      closureReasons {\n        status\n        reason\n        count\n      }\n      hoursByMinistry {\n        ministry {\n          id\n          name\n          acronym\n        }\n        hoursGiven\n        hoursReceived\n        balance\n      }\n      skills(first: 15) {\n        skill {\n          id\n          label\n        }\n        missionsDemanding\n        agentsOffering\n        agentsAvailable\n      }\n      missionsWithoutApplicants(first: 20) {\n        count\n        missions {\n          id\n          title\n          publishedAt\n          hostAdministration {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n':
    types.ProgrammeNumbersDocument,
  '\n  query NumbersMinistries {\n    administrations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n':
    types.NumbersMinistriesDocument,
  '\n  fragment AgreementFields on Agreement {\n    id\n    applicationId\n    version\n    hours\n    startDate\n    endDate\n    createdAt\n    documentUrl\n    acknowledgedByAll\n    myParties\n    agent {\n      id\n      displayName\n    }\n    releasedBy {\n      id\n      displayName\n    }\n    hostContact {\n      id\n      displayName\n    }\n    homeAdministration {\n      id\n      name\n      acronym\n    }\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n    clauses {\n      title\n      text\n    }\n    acknowledgements {\n      party\n      acknowledgedAt\n      agent {\n        id\n        displayName\n      }\n    }\n    versions {\n      version\n      hours\n      startDate\n      endDate\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      acknowledgements {\n        party\n        acknowledgedAt\n        agent {\n          id\n          displayName\n        }\n      }\n    }\n    maxHoursSpent\n  }\n':
    types.AgreementFieldsFragmentDoc,
  '\n  fragment CompletionFields on Completion {\n    hoursSpent\n    recordedAt\n    agentResponse\n    agentComment\n    respondedAt\n    certificateUrl\n    recordedBy {\n      id\n      displayName\n    }\n    feedback {\n      side\n      rating\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      endorsedAt\n      skill {\n        id\n        label\n      }\n      endorsedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.CompletionFieldsFragmentDoc,
  '\n  query ApplicationOutcomes($id: ID!) {\n    application(id: $id) {\n      id\n      version\n      status\n      proposedHours\n      approvedHours\n      agent {\n        id\n        displayName\n        skills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      mission {\n        id\n        title\n        kindLabel\n        startDate\n        endDate\n        requiredSkills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      agreement {\n        ...AgreementFields\n      }\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n':
    types.ApplicationOutcomesDocument,
  '\n  mutation AcknowledgeAgreement($id: ID!, $version: Int!) {\n    acknowledgeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n':
    types.AcknowledgeAgreementDocument,
  '\n  mutation AmendAgreement($id: ID!, $expectedVersion: Int!, $input: AgreementAmendmentInput!) {\n    amendAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...AgreementFields\n    }\n  }\n':
    types.AmendAgreementDocument,
  '\n  mutation RecordCompletion($id: ID!, $hoursSpent: Int!, $expectedVersion: Int) {\n    recordCompletion(id: $id, hoursSpent: $hoursSpent, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n':
    types.RecordCompletionDocument,
  '\n  mutation RespondToCompletion($id: ID!, $confirmed: Boolean!, $comment: String) {\n    respondToCompletion(id: $id, confirmed: $confirmed, comment: $comment) {\n      ...CompletionFields\n    }\n  }\n':
    types.RespondToCompletionDocument,
  '\n  mutation GiveMissionFeedback($id: ID!, $rating: Int!, $text: String) {\n    giveMissionFeedback(id: $id, rating: $rating, text: $text) {\n      ...CompletionFields\n    }\n  }\n':
    types.GiveMissionFeedbackDocument,
  '\n  mutation EndorseSkills($id: ID!, $skillIds: [ID!]!) {\n    endorseSkills(id: $id, skillIds: $skillIds) {\n      ...CompletionFields\n    }\n  }\n':
    types.EndorseSkillsDocument,
  '\n  query EndorsableSkills {\n    skills {\n      id\n      label\n      familyLabel\n    }\n  }\n':
    types.EndorsableSkillsDocument,
  '\n  fragment EditableProfile on Agent {\n    phone\n    jobTitle\n    unit\n    city\n    departmentCode\n    workMode\n  }\n':
    types.EditableProfileFragmentDoc,
  '\n  fragment SkillEndorsementItem on SkillEndorsement {\n    endorsedAt\n    endorsedBy {\n      id\n      displayName\n    }\n    mission {\n      id\n      title\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n':
    types.SkillEndorsementItemFragmentDoc,
  '\n  fragment HeldSkill on AgentSkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    level\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n':
    types.HeldSkillFragmentDoc,
  '\n  fragment EndorsedOnlySkillItem on EndorsedOnlySkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n':
    types.EndorsedOnlySkillItemFragmentDoc,
  '\n  query MyProfile {\n    me {\n      id\n      version\n      firstName\n      lastName\n      displayName\n      email\n      ...EditableProfile\n      inDirectory\n      administration {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n      skills {\n        ...HeldSkill\n      }\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n    skills {\n      id\n      label\n      family\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n':
    types.MyProfileDocument,
  '\n  mutation UpdateProfile($id: ID!, $input: AgentProfileInput!, $expectedVersion: Int) {\n    updateAgentProfile(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      ...EditableProfile\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation SetSkills($id: ID!, $skills: [AgentSkillInput!]!, $expectedVersion: Int) {\n    setAgentSkills(id: $id, skills: $skills, expectedVersion: $expectedVersion) {\n      id\n      version\n      skills {\n        ...HeldSkill\n      }\n      # Declaring an endorsed skill moves its endorsements from here to the skill.\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n    }\n  }\n':
    types.SetSkillsDocument,
  '\n  mutation SetAvailability($id: ID!, $input: AgentAvailabilityInput!, $expectedVersion: Int) {\n    setAgentAvailability(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n    }\n  }\n':
    types.SetAvailabilityDocument,
  '\n  mutation SetVisibility(\n    $id: ID!\n    $inDirectory: Boolean!\n    $hiddenFrom: [ID!]!\n    $expectedVersion: Int\n    $nextVersion: Int\n  ) {\n    setDirectoryVisibility(id: $id, inDirectory: $inDirectory, expectedVersion: $expectedVersion) {\n      id\n      inDirectory\n    }\n    setHiddenFromAdministrations(\n      agentId: $id\n      administrationIds: $hiddenFrom\n      expectedVersion: $nextVersion\n    ) {\n      id\n      version\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n  }\n':
    types.SetVisibilityDocument,
  '\n  query SearchMissions($filter: MissionFilter, $first: Int!, $after: String) {\n    missions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MissionSummary\n      }\n    }\n  }\n':
    types.SearchMissionsDocument,
  '\n  query SearchFacets {\n    ...Referentials\n  }\n': types.SearchFacetsDocument,
  '\n  query Session {\n    me {\n      id\n      firstName\n      displayName\n      administration {\n        id\n        name\n      }\n    }\n  }\n':
    types.SessionDocument,
  '\n  fragment TeamApplication on Application {\n    id\n    status\n    proposedHours\n    approvedHours\n    deadline\n    mission {\n      id\n      title\n      startDate\n      endDate\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n':
    types.TeamApplicationFragmentDoc,
  '\n  query MyTeam($year: Int!) {\n    me {\n      id\n      administration {\n        id\n        name\n        acronym\n      }\n      team(year: $year) {\n        agent {\n          id\n          displayName\n          jobTitle\n        }\n        budget {\n          ...TimeBudgetFigures\n        }\n        pendingHours\n        pendingApplications {\n          ...TeamApplication\n        }\n        currentMissions {\n          ...TeamApplication\n        }\n        upcomingMissions {\n          ...TeamApplication\n        }\n      }\n    }\n  }\n':
    types.MyTeamDocument,
  '\n  query AdministrationCredit($year: Int!, $administrationId: ID!) {\n    statsCreditBalances(year: $year, administrationId: $administrationId) {\n      year\n      hoursGiven\n      hoursReceived\n      balance\n      administration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n':
    types.AdministrationCreditDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HostedMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: { hostAdministrationId: $administrationId, statuses: [PUBLISHED, FILLED, CLOSED] }\n    ) {\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        startDate\n        endDate\n        seats\n        seatsRemaining\n        applications {\n          id\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HostedMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: { hostAdministrationId: $administrationId, statuses: [PUBLISHED, FILLED, CLOSED] }\n    ) {\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        startDate\n        endDate\n        seats\n        seatsRemaining\n        applications {\n          id\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissionApplicants($id: ID!) {\n    mission(id: $id) {\n      id\n      title\n      kindLabel\n      status\n      startDate\n      endDate\n      effortHours\n      seats\n      seatsRemaining\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n      applications {\n        id\n        version\n        status\n        proposedHours\n        approvedHours\n        beyondBudget\n        motivation\n        reason\n        reasonText\n        createdAt\n        updatedAt\n        agent {\n          ...ApplicantIdentity\n        }\n      }\n      suggestedAgents(first: 50) {\n        agent {\n          id\n        }\n        score\n        availabilityScore\n        workModeScore\n        met {\n          id\n          label\n        }\n        partlyMet {\n          id\n          label\n        }\n        missing {\n          id\n          label\n        }\n        endorsed {\n          id\n          label\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MissionApplicants($id: ID!) {\n    mission(id: $id) {\n      id\n      title\n      kindLabel\n      status\n      startDate\n      endDate\n      effortHours\n      seats\n      seatsRemaining\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n      applications {\n        id\n        version\n        status\n        proposedHours\n        approvedHours\n        beyondBudget\n        motivation\n        reason\n        reasonText\n        createdAt\n        updatedAt\n        agent {\n          ...ApplicantIdentity\n        }\n      }\n      suggestedAgents(first: 50) {\n        agent {\n          id\n        }\n        score\n        availabilityScore\n        workModeScore\n        met {\n          id\n          label\n        }\n        partlyMet {\n          id\n          label\n        }\n        missing {\n          id\n          label\n        }\n        endorsed {\n          id\n          label\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptApplication($id: ID!, $expectedVersion: Int) {\n    acceptApplication(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptApplication($id: ID!, $expectedVersion: Int) {\n    acceptApplication(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineApplication(\n    $id: ID!\n    $reason: DecisionReason!\n    $reasonText: String\n    $expectedVersion: Int\n  ) {\n    declineApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineApplication(\n    $id: ID!\n    $reason: DecisionReason!\n    $reasonText: String\n    $expectedVersion: Int\n  ) {\n    declineApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyApplications {\n    me {\n      id\n      applications {\n        id\n        status\n        reason\n        reasonText\n        proposedHours\n        motivation\n        createdAt\n        updatedAt\n        timeline {\n          status\n          at\n        }\n        mission {\n          id\n          title\n          kindLabel\n          startDate\n          endDate\n          hostAdministration {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyApplications {\n    me {\n      id\n      applications {\n        id\n        status\n        reason\n        reasonText\n        proposedHours\n        motivation\n        createdAt\n        updatedAt\n        timeline {\n          status\n          at\n        }\n        mission {\n          id\n          title\n          kindLabel\n          startDate\n          endDate\n          hostAdministration {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawApplication($id: ID!, $reason: DecisionReason!, $reasonText: String) {\n    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText) {\n      id\n      status\n      reason\n      reasonText\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawApplication($id: ID!, $reason: DecisionReason!, $reasonText: String) {\n    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText) {\n      id\n      status\n      reason\n      reasonText\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MyApplicationUpdates($after: String) {\n    myApplicationUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        reason\n        reasonText\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription MyApplicationUpdates($after: String) {\n    myApplicationUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        reason\n        reasonText\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApplicantIdentity on Agent {\n    id\n    displayName\n    jobTitle\n    administration {\n      id\n      name\n      acronym\n    }\n  }\n',
): (typeof documents)['\n  fragment ApplicantIdentity on Agent {\n    id\n    displayName\n    jobTitle\n    administration {\n      id\n      name\n      acronym\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApprovalRequestItem on ApprovalRequest {\n    hoursAsked\n    budgetYear\n    remainingHours\n    programmeQueue\n    deadline\n    onBehalfOf {\n      id\n      displayName\n    }\n    application {\n      id\n      version\n      status\n      proposedHours\n      motivation\n      createdAt\n    }\n    agent {\n      ...ApplicantIdentity\n    }\n    mission {\n      id\n      title\n      kindLabel\n      startDate\n      endDate\n      applicationDeadline\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ApprovalRequestItem on ApprovalRequest {\n    hoursAsked\n    budgetYear\n    remainingHours\n    programmeQueue\n    deadline\n    onBehalfOf {\n      id\n      displayName\n    }\n    application {\n      id\n      version\n      status\n      proposedHours\n      motivation\n      createdAt\n    }\n    agent {\n      ...ApplicantIdentity\n    }\n    mission {\n      id\n      title\n      kindLabel\n      startDate\n      endDate\n      applicationDeadline\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApprovalInbox {\n    me {\n      id\n      approvalInbox {\n        ...ApprovalRequestItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApprovalInbox {\n    me {\n      id\n      approvalInbox {\n        ...ApprovalRequestItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ApprovalInboxUpdates($after: String) {\n    approvalInboxUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription ApprovalInboxUpdates($after: String) {\n    approvalInboxUpdates(after: $after) {\n      cursor\n      status\n      occurredAt\n      application {\n        id\n        status\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveApplication($id: ID!, $expectedVersion: Int, $hours: Int, $beyondBudget: Boolean) {\n    approveApplication(\n      id: $id\n      expectedVersion: $expectedVersion\n      hours: $hours\n      beyondBudget: $beyondBudget\n    ) {\n      id\n      version\n      status\n      approvedHours\n      beyondBudget\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveApplication($id: ID!, $expectedVersion: Int, $hours: Int, $beyondBudget: Boolean) {\n    approveApplication(\n      id: $id\n      expectedVersion: $expectedVersion\n      hours: $hours\n      beyondBudget: $beyondBudget\n    ) {\n      id\n      version\n      status\n      approvedHours\n      beyondBudget\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApplicationDecision on Application {\n    id\n    version\n    status\n    reason\n    reasonText\n  }\n',
): (typeof documents)['\n  fragment ApplicationDecision on Application {\n    id\n    version\n    status\n    reason\n    reasonText\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefuseApplication($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {\n    refuseApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n',
): (typeof documents)['\n  mutation RefuseApplication($id: ID!, $reason: DecisionReason!, $reasonText: String, $expectedVersion: Int) {\n    refuseApplication(id: $id, reason: $reason, reasonText: $reasonText, expectedVersion: $expectedVersion) {\n      ...ApplicationDecision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TimeBudgetFigures on TimeBudget {\n    agentId\n    year\n    annualHours\n    committedHours\n    remainingHours\n    customised\n  }\n',
): (typeof documents)['\n  fragment TimeBudgetFigures on TimeBudget {\n    agentId\n    year\n    annualHours\n    committedHours\n    remainingHours\n    customised\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTimeBudget($agentId: ID!, $year: Int!, $hours: Int!) {\n    setTimeBudget(agentId: $agentId, year: $year, hours: $hours) {\n      ...TimeBudgetFigures\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTimeBudget($agentId: ID!, $year: Int!, $hours: Int!) {\n    setTimeBudget(agentId: $agentId, year: $year, hours: $hours) {\n      ...TimeBudgetFigures\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDelegations {\n    me {\n      id\n      approvalDelegations {\n        id\n        from\n        until\n        revokedAt\n        manager {\n          id\n          displayName\n        }\n        deputy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyDelegations {\n    me {\n      id\n      approvalDelegations {\n        id\n        from\n        until\n        revokedAt\n        manager {\n          id\n          displayName\n        }\n        deputy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeputyCandidates($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeputyCandidates($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DelegateApprovals($deputyAgentId: ID!, $from: LocalDate!, $until: LocalDate!) {\n    delegateApprovals(deputyAgentId: $deputyAgentId, from: $from, until: $until) {\n      id\n      from\n      until\n    }\n  }\n',
): (typeof documents)['\n  mutation DelegateApprovals($deputyAgentId: ID!, $from: LocalDate!, $until: LocalDate!) {\n    delegateApprovals(deputyAgentId: $deputyAgentId, from: $from, until: $until) {\n      id\n      from\n      until\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReassignApprovalRequest($applicationId: ID!, $approverAgentId: ID!) {\n    reassignApprovalRequest(applicationId: $applicationId, approverAgentId: $approverAgentId) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReassignApprovalRequest($applicationId: ID!, $approverAgentId: ID!) {\n    reassignApprovalRequest(applicationId: $applicationId, approverAgentId: $approverAgentId) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorKind\n    actorId\n    action\n    entityType\n    entityId\n    subjectAgentId\n    fields\n    before\n    after\n  }\n',
): (typeof documents)['\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    actorKind\n    actorId\n    action\n    entityType\n    entityId\n    subjectAgentId\n    fields\n    before\n    after\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditPageFields on AuditEntryPage {\n    nodes {\n      ...AuditEntryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n',
): (typeof documents)['\n  fragment AuditPageFields on AuditEntryPage {\n    nodes {\n      ...AuditEntryFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProfilesAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: profilesAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n',
): (typeof documents)['\n  query ProfilesAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: profilesAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissionsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: missionsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n',
): (typeof documents)['\n  query MissionsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: missionsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApprovalsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: approvalsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n',
): (typeof documents)['\n  query ApprovalsAuditLog($first: Int!, $after: String, $actorId: String, $subjectAgentId: ID) {\n    log: approvalsAuditLog(first: $first, after: $after, actorId: $actorId, subjectAgentId: $subjectAgentId) {\n      ...AuditPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditAgentName($id: ID!) {\n    agent(id: $id) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query AuditAgentName($id: ID!) {\n    agent(id: $id) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Referentials on Query {\n    skills {\n      id\n      label\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n',
): (typeof documents)['\n  fragment Referentials on Query {\n    skills {\n      id\n      label\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MissionMatches($minScore: Float!, $after: String) {\n    missionMatches(minScore: $minScore, after: $after) {\n      cursor\n      ...MatchExplanation\n      mission {\n        ...MissionSummary\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription MissionMatches($minScore: Float!, $after: String) {\n    missionMatches(minScore: $minScore, after: $after) {\n      cursor\n      ...MatchExplanation\n      mission {\n        ...MissionSummary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecommendedMissions($first: Int!, $minScore: Float!) {\n    me {\n      id\n      recommendedMissions(first: $first, minScore: $minScore) {\n        ...MatchExplanation\n        mission {\n          ...MissionSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecommendedMissions($first: Int!, $minScore: Float!) {\n    me {\n      id\n      recommendedMissions(first: $first, minScore: $minScore) {\n        ...MatchExplanation\n        mission {\n          ...MissionSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HostMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: {\n        hostAdministrationId: $administrationId\n        statuses: [DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, CANCELLED]\n      }\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        kindLabel\n        status\n        effortHours\n        startDate\n        endDate\n        applicationDeadline\n        seats\n        seatsRemaining\n        returnReason\n        createdAt\n        updatedAt\n        publishedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HostMissions($administrationId: ID!) {\n    missions(\n      first: 100\n      filter: {\n        hostAdministrationId: $administrationId\n        statuses: [DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, CANCELLED]\n      }\n    ) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        kindLabel\n        status\n        effortHours\n        startDate\n        endDate\n        applicationDeadline\n        seats\n        seatsRemaining\n        returnReason\n        createdAt\n        updatedAt\n        publishedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissionFormOptions {\n    ...Referentials\n  }\n',
): (typeof documents)['\n  query MissionFormOptions {\n    ...Referentials\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdministrationAgents($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdministrationAgents($administrationId: ID!) {\n    agents(first: 100, filter: { administrationId: $administrationId }) {\n      nodes {\n        id\n        displayName\n        jobTitle\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditableMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      version\n      kind\n      returnReason\n    }\n  }\n',
): (typeof documents)['\n  query EditableMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      version\n      kind\n      returnReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMission($input: MissionInput!, $idempotencyKey: String) {\n    createMission(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateMission($input: MissionInput!, $idempotencyKey: String) {\n    createMission(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMission($id: ID!, $input: MissionInput!, $expectedVersion: Int) {\n    updateMission(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMission($id: ID!, $input: MissionInput!, $expectedVersion: Int) {\n    updateMission(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitMission($id: ID!) {\n    submitMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitMission($id: ID!) {\n    submitMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelMission($id: ID!) {\n    cancelMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelMission($id: ID!) {\n    cancelMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseMission($id: ID!) {\n    closeMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseMission($id: ID!) {\n    closeMission(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkMissionFilled($id: ID!) {\n    markMissionFilled(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkMissionFilled($id: ID!) {\n    markMissionFilled(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MissionSummary on Mission {\n    id\n    title\n    kindLabel\n    domain\n    effortHours\n    startDate\n    endDate\n    applicationDeadline\n    workMode\n    location\n    crisis\n    status\n    seatsRemaining\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n  }\n',
): (typeof documents)['\n  fragment MissionSummary on Mission {\n    id\n    title\n    kindLabel\n    domain\n    effortHours\n    startDate\n    endDate\n    applicationDeadline\n    workMode\n    location\n    crisis\n    status\n    seatsRemaining\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MissionContent on Mission {\n    ...MissionSummary\n    description\n    seats\n    contact {\n      id\n      displayName\n      jobTitle\n    }\n    requiredSkills {\n      skill {\n        id\n        label\n        familyLabel\n      }\n      minLevel\n      essential\n    }\n    restrictedTo {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment MissionContent on Mission {\n    ...MissionSummary\n    description\n    seats\n    contact {\n      id\n      displayName\n      jobTitle\n    }\n    requiredSkills {\n      skill {\n        id\n        label\n        familyLabel\n      }\n      minLevel\n      essential\n    }\n    restrictedTo {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MatchExplanation on MissionMatch {\n    score\n    skillsScore\n    availabilityScore\n    workModeScore\n    met {\n      id\n      label\n    }\n    partlyMet {\n      id\n      label\n    }\n    missing {\n      id\n      label\n    }\n    endorsed {\n      id\n      label\n    }\n  }\n',
): (typeof documents)['\n  fragment MatchExplanation on MissionMatch {\n    score\n    skillsScore\n    availabilityScore\n    workModeScore\n    met {\n      id\n      label\n    }\n    partlyMet {\n      id\n      label\n    }\n    missing {\n      id\n      label\n    }\n    endorsed {\n      id\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Mission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      publishedAt\n      applications {\n        id\n        status\n        proposedHours\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Mission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      publishedAt\n      applications {\n        id\n        status\n        proposedHours\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input) {\n      id\n      status\n      proposedHours\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input) {\n      id\n      status\n      proposedHours\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationQueue($after: String) {\n    missions(first: 100, after: $after, filter: { statuses: [SUBMITTED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        createdAt\n        updatedAt\n        startDate\n        applicationDeadline\n        effortHours\n        hostAdministration {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationQueue($after: String) {\n    missions(first: 100, after: $after, filter: { statuses: [SUBMITTED] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kindLabel\n        status\n        createdAt\n        updatedAt\n        startDate\n        applicationDeadline\n        effortHours\n        hostAdministration {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      createdAt\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query ModerationMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionContent\n      createdAt\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishMission($id: ID!) {\n    publishMission(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishMission($id: ID!) {\n    publishMission(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnMissionToDraft($id: ID!, $reason: String!) {\n    returnMissionToDraft(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnMissionToDraft($id: ID!, $reason: String!) {\n    returnMissionToDraft(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationItem on Notification {\n    id\n    kind\n    text\n    link\n    read\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment NotificationItem on Notification {\n    id\n    kind\n    text\n    link\n    read\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationBell($first: Int!) {\n    me {\n      id\n      notifications(first: $first) {\n        unreadCount\n        totalCount\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NotificationBell($first: Int!) {\n    me {\n      id\n      notifications(first: $first) {\n        unreadCount\n        totalCount\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    me {\n      id\n      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n        unreadCount\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    me {\n      id\n      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n        unreadCount\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      marked\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MyNotifications($after: String) {\n    myNotifications(after: $after) {\n      cursor\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription MyNotifications($after: String) {\n    myNotifications(after: $after) {\n      cursor\n      notification {\n        ...NotificationItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        kind\n        email\n        byDefault\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        kind\n        email\n        byDefault\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      email\n      byDefault\n    }\n  }\n',
): (typeof documents)['\n  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(preferences: $preferences) {\n      kind\n      email\n      byDefault\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DurationFigures on DurationStats {\n    count\n    medianHours\n    p90Hours\n  }\n',
): (typeof documents)['\n  fragment DurationFigures on DurationStats {\n    count\n    medianHours\n    p90Hours\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeNumbers($filter: ProgrammeNumbersFilter) {\n    statsProgrammeNumbers(filter: $filter) {\n      id\n      from\n      to\n      ministry {\n        id\n        name\n        acronym\n      }\n      kind\n      missionFunnel {\n        posted\n        published\n      }\n      applicationFunnel {\n        applied\n        applicants\n        released\n        accepted\n        completed\n      }\n      timeToPublication {\n        ...DurationFigures\n      }\n      timeToFirstApplicant {\n        ...DurationFigures\n      }\n      timeToRelease {\n        ...DurationFigures\n      }\n      timeToAcceptance {\n        ...DurationFigures\n      }\n      closureReasons {\n        status\n        reason\n        count\n      }\n      hoursByMinistry {\n        ministry {\n          id\n          name\n          acronym\n        }\n        hoursGiven\n        hoursReceived\n        balance\n      }\n      skills(first: 15) {\n        skill {\n          id\n          label\n        }\n        missionsDemanding\n        agentsOffering\n        agentsAvailable\n      }\n      missionsWithoutApplicants(first: 20) {\n        count\n        missions {\n          id\n          title\n          publishedAt\n          hostAdministration {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeNumbers($filter: ProgrammeNumbersFilter) {\n    statsProgrammeNumbers(filter: $filter) {\n      id\n      from\n      to\n      ministry {\n        id\n        name\n        acronym\n      }\n      kind\n      missionFunnel {\n        posted\n        published\n      }\n      applicationFunnel {\n        applied\n        applicants\n        released\n        accepted\n        completed\n      }\n      timeToPublication {\n        ...DurationFigures\n      }\n      timeToFirstApplicant {\n        ...DurationFigures\n      }\n      timeToRelease {\n        ...DurationFigures\n      }\n      timeToAcceptance {\n        ...DurationFigures\n      }\n      closureReasons {\n        status\n        reason\n        count\n      }\n      hoursByMinistry {\n        ministry {\n          id\n          name\n          acronym\n        }\n        hoursGiven\n        hoursReceived\n        balance\n      }\n      skills(first: 15) {\n        skill {\n          id\n          label\n        }\n        missionsDemanding\n        agentsOffering\n        agentsAvailable\n      }\n      missionsWithoutApplicants(first: 20) {\n        count\n        missions {\n          id\n          title\n          publishedAt\n          hostAdministration {\n            id\n            name\n            acronym\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NumbersMinistries {\n    administrations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query NumbersMinistries {\n    administrations {\n      id\n      name\n      acronym\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgreementFields on Agreement {\n    id\n    applicationId\n    version\n    hours\n    startDate\n    endDate\n    createdAt\n    documentUrl\n    acknowledgedByAll\n    myParties\n    agent {\n      id\n      displayName\n    }\n    releasedBy {\n      id\n      displayName\n    }\n    hostContact {\n      id\n      displayName\n    }\n    homeAdministration {\n      id\n      name\n      acronym\n    }\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n    clauses {\n      title\n      text\n    }\n    acknowledgements {\n      party\n      acknowledgedAt\n      agent {\n        id\n        displayName\n      }\n    }\n    versions {\n      version\n      hours\n      startDate\n      endDate\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      acknowledgements {\n        party\n        acknowledgedAt\n        agent {\n          id\n          displayName\n        }\n      }\n    }\n    maxHoursSpent\n  }\n',
): (typeof documents)['\n  fragment AgreementFields on Agreement {\n    id\n    applicationId\n    version\n    hours\n    startDate\n    endDate\n    createdAt\n    documentUrl\n    acknowledgedByAll\n    myParties\n    agent {\n      id\n      displayName\n    }\n    releasedBy {\n      id\n      displayName\n    }\n    hostContact {\n      id\n      displayName\n    }\n    homeAdministration {\n      id\n      name\n      acronym\n    }\n    hostAdministration {\n      id\n      name\n      acronym\n    }\n    clauses {\n      title\n      text\n    }\n    acknowledgements {\n      party\n      acknowledgedAt\n      agent {\n        id\n        displayName\n      }\n    }\n    versions {\n      version\n      hours\n      startDate\n      endDate\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      acknowledgements {\n        party\n        acknowledgedAt\n        agent {\n          id\n          displayName\n        }\n      }\n    }\n    maxHoursSpent\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CompletionFields on Completion {\n    hoursSpent\n    recordedAt\n    agentResponse\n    agentComment\n    respondedAt\n    certificateUrl\n    recordedBy {\n      id\n      displayName\n    }\n    feedback {\n      side\n      rating\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      endorsedAt\n      skill {\n        id\n        label\n      }\n      endorsedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CompletionFields on Completion {\n    hoursSpent\n    recordedAt\n    agentResponse\n    agentComment\n    respondedAt\n    certificateUrl\n    recordedBy {\n      id\n      displayName\n    }\n    feedback {\n      side\n      rating\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    endorsements {\n      endorsedAt\n      skill {\n        id\n        label\n      }\n      endorsedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicationOutcomes($id: ID!) {\n    application(id: $id) {\n      id\n      version\n      status\n      proposedHours\n      approvedHours\n      agent {\n        id\n        displayName\n        skills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      mission {\n        id\n        title\n        kindLabel\n        startDate\n        endDate\n        requiredSkills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      agreement {\n        ...AgreementFields\n      }\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApplicationOutcomes($id: ID!) {\n    application(id: $id) {\n      id\n      version\n      status\n      proposedHours\n      approvedHours\n      agent {\n        id\n        displayName\n        skills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      mission {\n        id\n        title\n        kindLabel\n        startDate\n        endDate\n        requiredSkills {\n          skill {\n            id\n            label\n          }\n        }\n      }\n      agreement {\n        ...AgreementFields\n      }\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeAgreement($id: ID!, $version: Int!) {\n    acknowledgeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeAgreement($id: ID!, $version: Int!) {\n    acknowledgeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AmendAgreement($id: ID!, $expectedVersion: Int!, $input: AgreementAmendmentInput!) {\n    amendAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...AgreementFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AmendAgreement($id: ID!, $expectedVersion: Int!, $input: AgreementAmendmentInput!) {\n    amendAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...AgreementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCompletion($id: ID!, $hoursSpent: Int!, $expectedVersion: Int) {\n    recordCompletion(id: $id, hoursSpent: $hoursSpent, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCompletion($id: ID!, $hoursSpent: Int!, $expectedVersion: Int) {\n    recordCompletion(id: $id, hoursSpent: $hoursSpent, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      completion {\n        ...CompletionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToCompletion($id: ID!, $confirmed: Boolean!, $comment: String) {\n    respondToCompletion(id: $id, confirmed: $confirmed, comment: $comment) {\n      ...CompletionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToCompletion($id: ID!, $confirmed: Boolean!, $comment: String) {\n    respondToCompletion(id: $id, confirmed: $confirmed, comment: $comment) {\n      ...CompletionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GiveMissionFeedback($id: ID!, $rating: Int!, $text: String) {\n    giveMissionFeedback(id: $id, rating: $rating, text: $text) {\n      ...CompletionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation GiveMissionFeedback($id: ID!, $rating: Int!, $text: String) {\n    giveMissionFeedback(id: $id, rating: $rating, text: $text) {\n      ...CompletionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndorseSkills($id: ID!, $skillIds: [ID!]!) {\n    endorseSkills(id: $id, skillIds: $skillIds) {\n      ...CompletionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EndorseSkills($id: ID!, $skillIds: [ID!]!) {\n    endorseSkills(id: $id, skillIds: $skillIds) {\n      ...CompletionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EndorsableSkills {\n    skills {\n      id\n      label\n      familyLabel\n    }\n  }\n',
): (typeof documents)['\n  query EndorsableSkills {\n    skills {\n      id\n      label\n      familyLabel\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EditableProfile on Agent {\n    phone\n    jobTitle\n    unit\n    city\n    departmentCode\n    workMode\n  }\n',
): (typeof documents)['\n  fragment EditableProfile on Agent {\n    phone\n    jobTitle\n    unit\n    city\n    departmentCode\n    workMode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SkillEndorsementItem on SkillEndorsement {\n    endorsedAt\n    endorsedBy {\n      id\n      displayName\n    }\n    mission {\n      id\n      title\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SkillEndorsementItem on SkillEndorsement {\n    endorsedAt\n    endorsedBy {\n      id\n      displayName\n    }\n    mission {\n      id\n      title\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HeldSkill on AgentSkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    level\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n',
): (typeof documents)['\n  fragment HeldSkill on AgentSkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    level\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EndorsedOnlySkillItem on EndorsedOnlySkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n',
): (typeof documents)['\n  fragment EndorsedOnlySkillItem on EndorsedOnlySkill {\n    skill {\n      id\n      label\n      familyLabel\n    }\n    endorsementCount\n    endorsements {\n      ...SkillEndorsementItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProfile {\n    me {\n      id\n      version\n      firstName\n      lastName\n      displayName\n      email\n      ...EditableProfile\n      inDirectory\n      administration {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n      skills {\n        ...HeldSkill\n      }\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n    skills {\n      id\n      label\n      family\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n',
): (typeof documents)['\n  query MyProfile {\n    me {\n      id\n      version\n      firstName\n      lastName\n      displayName\n      email\n      ...EditableProfile\n      inDirectory\n      administration {\n        id\n        name\n      }\n      manager {\n        id\n        displayName\n      }\n      skills {\n        ...HeldSkill\n      }\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n    skills {\n      id\n      label\n      family\n      familyLabel\n    }\n    administrations {\n      id\n      name\n      acronym\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($id: ID!, $input: AgentProfileInput!, $expectedVersion: Int) {\n    updateAgentProfile(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      ...EditableProfile\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($id: ID!, $input: AgentProfileInput!, $expectedVersion: Int) {\n    updateAgentProfile(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      ...EditableProfile\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSkills($id: ID!, $skills: [AgentSkillInput!]!, $expectedVersion: Int) {\n    setAgentSkills(id: $id, skills: $skills, expectedVersion: $expectedVersion) {\n      id\n      version\n      skills {\n        ...HeldSkill\n      }\n      # Declaring an endorsed skill moves its endorsements from here to the skill.\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSkills($id: ID!, $skills: [AgentSkillInput!]!, $expectedVersion: Int) {\n    setAgentSkills(id: $id, skills: $skills, expectedVersion: $expectedVersion) {\n      id\n      version\n      skills {\n        ...HeldSkill\n      }\n      # Declaring an endorsed skill moves its endorsements from here to the skill.\n      undeclaredEndorsedSkills {\n        ...EndorsedOnlySkillItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAvailability($id: ID!, $input: AgentAvailabilityInput!, $expectedVersion: Int) {\n    setAgentAvailability(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAvailability($id: ID!, $input: AgentAvailabilityInput!, $expectedVersion: Int) {\n    setAgentAvailability(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n      availability {\n        hoursPerMonth\n        from\n        until\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetVisibility(\n    $id: ID!\n    $inDirectory: Boolean!\n    $hiddenFrom: [ID!]!\n    $expectedVersion: Int\n    $nextVersion: Int\n  ) {\n    setDirectoryVisibility(id: $id, inDirectory: $inDirectory, expectedVersion: $expectedVersion) {\n      id\n      inDirectory\n    }\n    setHiddenFromAdministrations(\n      agentId: $id\n      administrationIds: $hiddenFrom\n      expectedVersion: $nextVersion\n    ) {\n      id\n      version\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetVisibility(\n    $id: ID!\n    $inDirectory: Boolean!\n    $hiddenFrom: [ID!]!\n    $expectedVersion: Int\n    $nextVersion: Int\n  ) {\n    setDirectoryVisibility(id: $id, inDirectory: $inDirectory, expectedVersion: $expectedVersion) {\n      id\n      inDirectory\n    }\n    setHiddenFromAdministrations(\n      agentId: $id\n      administrationIds: $hiddenFrom\n      expectedVersion: $nextVersion\n    ) {\n      id\n      version\n      hiddenFromAdministrations {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchMissions($filter: MissionFilter, $first: Int!, $after: String) {\n    missions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MissionSummary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchMissions($filter: MissionFilter, $first: Int!, $after: String) {\n    missions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MissionSummary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchFacets {\n    ...Referentials\n  }\n',
): (typeof documents)['\n  query SearchFacets {\n    ...Referentials\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    me {\n      id\n      firstName\n      displayName\n      administration {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Session {\n    me {\n      id\n      firstName\n      displayName\n      administration {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamApplication on Application {\n    id\n    status\n    proposedHours\n    approvedHours\n    deadline\n    mission {\n      id\n      title\n      startDate\n      endDate\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TeamApplication on Application {\n    id\n    status\n    proposedHours\n    approvedHours\n    deadline\n    mission {\n      id\n      title\n      startDate\n      endDate\n      hostAdministration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTeam($year: Int!) {\n    me {\n      id\n      administration {\n        id\n        name\n        acronym\n      }\n      team(year: $year) {\n        agent {\n          id\n          displayName\n          jobTitle\n        }\n        budget {\n          ...TimeBudgetFigures\n        }\n        pendingHours\n        pendingApplications {\n          ...TeamApplication\n        }\n        currentMissions {\n          ...TeamApplication\n        }\n        upcomingMissions {\n          ...TeamApplication\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTeam($year: Int!) {\n    me {\n      id\n      administration {\n        id\n        name\n        acronym\n      }\n      team(year: $year) {\n        agent {\n          id\n          displayName\n          jobTitle\n        }\n        budget {\n          ...TimeBudgetFigures\n        }\n        pendingHours\n        pendingApplications {\n          ...TeamApplication\n        }\n        currentMissions {\n          ...TeamApplication\n        }\n        upcomingMissions {\n          ...TeamApplication\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdministrationCredit($year: Int!, $administrationId: ID!) {\n    statsCreditBalances(year: $year, administrationId: $administrationId) {\n      year\n      hoursGiven\n      hoursReceived\n      balance\n      administration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdministrationCredit($year: Int!, $administrationId: ID!) {\n    statsCreditBalances(year: $year, administrationId: $administrationId) {\n      year\n      hoursGiven\n      hoursReceived\n      balance\n      administration {\n        id\n        name\n        acronym\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
