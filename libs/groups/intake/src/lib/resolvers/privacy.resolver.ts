import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';
import { PageArgs, IdArgs } from '@link/shared/graphql';

import { AuditEntryPage, CentreSettingsModel } from '../models/privacy.models';
import { GraphQLJSONObject } from '../models/json.scalar';
import { PrivacyService } from '../services/privacy.service';
import { IntakeStaff } from './intake-roles';

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'participantId må være en gyldig id.' })
  participantId?: string;
}

@ArgsType()
class RetentionArgs {
  @Field(() => Int)
  @IsInt({ message: 'Antall måneder må være et heltall.' })
  @Min(1, { message: 'Minst 1 måned.' })
  @Max(120, { message: 'Høyst 120 måneder.' })
  retentionMonths: number;
}

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @IntakeStaff()
  @Mutation(() => Boolean, {
    description:
      'Erase a person for good. Only an anonymous record per inquiry remains for the figures.',
  })
  async eraseParticipant(@Args() { id }: IdArgs): Promise<boolean> {
    await this.privacy.erase(id, 'REQUEST');
    return true;
  }

  @IntakeStaff()
  @Query(() => GraphQLJSONObject, {
    description:
      'Everything the centre holds about a person, decrypted (right of access). Audited.',
  })
  participantExport(@Args() { id }: IdArgs): Promise<Record<string, unknown>> {
    return this.privacy.export(id);
  }

  @Roles(CentreRole.CENTRE_ADMIN)
  @Query(() => AuditEntryPage, {
    description: 'The audit trail of the active centre, newest first.',
  })
  auditEntries(@Args() args: AuditArgs) {
    return this.privacy.auditEntries(args, args.participantId);
  }

  @Roles(CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR)
  @Query(() => CentreSettingsModel)
  async centreSettings(): Promise<CentreSettingsModel> {
    return { retentionMonths: await this.privacy.retentionMonths() };
  }

  @Roles(CentreRole.CENTRE_ADMIN)
  @Mutation(() => CentreSettingsModel, {
    description: 'How long a person may go without activity before they are anonymised.',
  })
  async updateRetention(@Args() { retentionMonths }: RetentionArgs): Promise<CentreSettingsModel> {
    return { retentionMonths: await this.privacy.setRetentionMonths(retentionMonths) };
  }
}
