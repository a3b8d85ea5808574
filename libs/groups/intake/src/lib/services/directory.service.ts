import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { ConflictError, NotFoundError } from '@link/shared/errors';

import type { PartnerInput, ServiceInput, UpdatePartnerInput } from '../dto/directory.inputs';
import { PartnerEntity, ReferralEntity, ServiceEntity } from '../entities/directory.entities';
import type { PartnerModel, ReferralModel, ServiceModel } from '../models/directory.models';
import { AuditTrail } from './audit-trail';
import { ParticipantsService } from './participants.service';

/** The centre's partner directory, its directory of other services, and referrals. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly participants: ParticipantsService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async partners(): Promise<PartnerModel[]> {
    return (await this.db.scoped(PartnerEntity).find({ order: { name: 'ASC' } })).map(toPartner);
  }

  async createPartner(input: PartnerInput): Promise<PartnerModel> {
    await this.assertUniqueName(PartnerEntity, input.name);
    return toPartner(await this.db.scoped(PartnerEntity).insert(input));
  }

  async updatePartner({ id, ...input }: UpdatePartnerInput): Promise<PartnerModel> {
    const partners = this.db.scoped(PartnerEntity);
    if (!(await partners.findOne({ id }))) throw new NotFoundError('samarbeidspartneren');
    if (input.name) await this.assertUniqueName(PartnerEntity, input.name, id);
    await partners.update({ id }, input);
    return toPartner((await partners.findOne({ id })) as PartnerEntity);
  }

  async services(): Promise<ServiceModel[]> {
    return (await this.db.scoped(ServiceEntity).find({ order: { name: 'ASC' } })).map(toService);
  }

  async createService(input: ServiceInput): Promise<ServiceModel> {
    await this.assertUniqueName(ServiceEntity, input.name);
    return toService(await this.db.scoped(ServiceEntity).insert(input));
  }

  async refer(participantId: string, serviceId: string): Promise<ReferralModel> {
    await this.participants.require(participantId);
    const service = await this.db.scoped(ServiceEntity).findOne({ id: serviceId });
    if (!service) throw new NotFoundError('tilbudet');
    const referral = await this.db.scoped(ReferralEntity).insert({
      participantId,
      serviceId,
      referredAt: new Date(),
      referredBy: this.context.actor?.userId ?? null,
    });
    await this.participants.touch([participantId]);
    await this.audit.record('PARTICIPANT_REFERRED', participantId, { serviceId });
    return {
      id: referral.id,
      participantId,
      service: toService(service),
      referredAt: referral.referredAt,
    };
  }

  async referralsOf(participantId: string): Promise<ReferralModel[]> {
    return this.referralsOfParticipants([participantId]);
  }

  /** `referralsOf` for several people at once (`IntakeLoaders`): one query, and one for services. */
  async referralsOfParticipants(participantIds: string[]): Promise<ReferralModel[]> {
    const [referrals, services] = await Promise.all([
      this.db.scoped(ReferralEntity).find({
        where: { participantId: In(participantIds) },
        order: { referredAt: 'ASC' },
      }),
      this.db.scoped(ServiceEntity).find(),
    ]);
    const byId = new Map(services.map((s) => [s.id, toService(s)]));
    return referrals.map((r) => ({
      id: r.id,
      participantId: r.participantId,
      service: byId.get(r.serviceId) as ServiceModel,
      referredAt: r.referredAt,
    }));
  }

  private async assertUniqueName(
    target: typeof PartnerEntity | typeof ServiceEntity,
    name: string,
    exceptId?: string,
  ): Promise<void> {
    const query = (
      await this.db.scoped<PartnerEntity | ServiceEntity>(target).queryBuilder('row')
    ).andWhere('lower(row.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('row.id <> :exceptId', { exceptId });
    if ((await query.getCount()) > 0)
      throw new ConflictError(`«${name}» finnes allerede i katalogen.`);
  }
}

function toPartner(row: PartnerEntity): PartnerModel {
  const { tenantId: _t, createdAt: _c, updatedAt: _u, ...partner } = row;
  return partner;
}

function toService(row: ServiceEntity): ServiceModel {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    contact: row.contact,
  };
}
