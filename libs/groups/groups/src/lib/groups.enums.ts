import { registerEnumType } from '@nestjs/graphql';

export enum GroupKind {
  /** Fixed members (lukket gruppe). */
  CLOSED = 'CLOSED',
  /** Drop-in (åpen gruppe): attendance varies, counted but never named. */
  OPEN = 'OPEN',
}

export enum GroupFormat {
  PHYSICAL = 'PHYSICAL',
  DIGITAL = 'DIGITAL',
}

export enum GroupComposition {
  /** People come for different reasons ("på tvers"). */
  MIXED = 'MIXED',
  THEMED = 'THEMED',
}

export enum GroupStatus {
  PLANNED = 'PLANNED',
  RECRUITING = 'RECRUITING',
  /** The starter attends the first meetings. */
  STARTING = 'STARTING',
  /** The starter has withdrawn by agreement; the group runs itself. */
  SELF_RUN = 'SELF_RUN',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}

export enum GroupEventKind {
  STATUS_CHANGED = 'STATUS_CHANGED',
  STARTER_INVITED_BACK = 'STARTER_INVITED_BACK',
  STARTER_RETURNED = 'STARTER_RETURNED',
}

export enum FollowUpKind {
  VISIT = 'VISIT',
  CALL = 'CALL',
  STARTER_RETURN = 'STARTER_RETURN',
}

registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'Closed (fixed members) or open (drop-in).',
});
registerEnumType(GroupFormat, {
  name: 'GroupFormat',
  description: 'Meets in a room or digitally.',
});
registerEnumType(GroupComposition, {
  name: 'GroupComposition',
  description: 'Mixed ("på tvers") or themed.',
});
registerEnumType(GroupStatus, {
  name: 'GroupStatus',
  description:
    'planned → recruiting → starting → self-run → ended; paused from recruiting, starting or self-run and back.',
});
registerEnumType(GroupEventKind, {
  name: 'GroupEventKind',
  description: 'What happened to a group.',
});
registerEnumType(FollowUpKind, {
  name: 'FollowUpKind',
  description: 'How the centre followed a group up.',
});

/** Norwegian names for messages ("en gruppe som er selvgående"), not PLANNED or SELF_RUN. */
export const GROUP_STATUS_NAMES: Record<GroupStatus, string> = {
  PLANNED: 'planlagt',
  RECRUITING: 'under rekruttering',
  STARTING: 'i oppstart',
  SELF_RUN: 'selvgående',
  PAUSED: 'på pause',
  ENDED: 'avsluttet',
};

/** What a group agreed on in a start-up meeting (Selvhjelp Norge's frames and principles). */
export enum StartupAgreement {
  CONFIDENTIALITY = 'CONFIDENTIALITY',
  FRAMES_AND_PRINCIPLES = 'FRAMES_AND_PRINCIPLES',
  TIME_AND_PLACE = 'TIME_AND_PLACE',
  SHARED_RESPONSIBILITY = 'SHARED_RESPONSIBILITY',
  STARTER_WITHDRAWAL = 'STARTER_WITHDRAWAL',
}

registerEnumType(StartupAgreement, {
  name: 'StartupAgreement',
  description: 'What a new group agreed on in a start-up meeting.',
  valuesMap: {
    CONFIDENTIALITY: { description: 'Taushetsplikt i gruppen.' },
    FRAMES_AND_PRINCIPLES: { description: 'Rammer og prinsipper for selvhjelpsgrupper.' },
    TIME_AND_PLACE: { description: 'Fast tid og sted.' },
    SHARED_RESPONSIBILITY: { description: 'Felles ansvar for møtene.' },
    STARTER_WITHDRAWAL: { description: 'Når igangsetteren trekker seg ut.' },
  },
});
