import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from './json.scalar';

import { Paginated } from '@link/shared/graphql';

@ObjectType('AuditEntry', { description: "Who read or changed a person's data, and when." })
export class AuditEntryModel {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => ID, {
    nullable: true,
    description: 'The staff member; null for the public form or a scheduled job.',
  })
  actorUserId: string | null;
  @Field({ description: 'E.g. CONTACT_DETAILS_READ, PARTICIPANT_UPDATED, PARTICIPANT_ERASED.' })
  action: string;
  @Field(() => ID, { nullable: true }) participantId: string | null;
  @Field(() => GraphQLJSONObject, { description: 'Field names and ids; never personal data.' })
  details: Record<string, unknown>;
}

export const AuditEntryPage = Paginated(AuditEntryModel, 'AuditEntryPage');

@ObjectType('CentreSettings')
export class CentreSettingsModel {
  @Field(() => Int, {
    description: 'Months without activity before a person is anonymised (default 24).',
  })
  retentionMonths: number;
}
