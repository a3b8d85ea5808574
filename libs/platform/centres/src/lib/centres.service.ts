import { Injectable } from '@nestjs/common';

import { MembershipEntity, UsersService } from '@link/platform/auth';
import {
  CentreEntity,
  CentreModel,
  CentreRole,
  RequestTransaction,
  TenantDatabase,
} from '@link/platform/tenancy';
import { ConflictError } from '@link/shared/errors';

import type { OnboardCentreInput } from './onboard-centre.input';

@Injectable()
export class CentresService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
    private readonly users: UsersService,
  ) {}

  async all(): Promise<CentreModel[]> {
    const centres = await this.db.platform(CentreEntity);
    return (await centres.find({ order: { name: 'ASC' } })).map(CentreModel.from);
  }

  /** The centre, its first admin's account (new or existing) and membership: all or nothing. */
  async onboard(input: OnboardCentreInput): Promise<CentreModel> {
    const centres = await this.db.platform(CentreEntity);
    if (await centres.existsBy({ slug: input.slug })) {
      throw new ConflictError(`Det finnes allerede et senter med kortnavnet «${input.slug}».`);
    }
    const municipalities = [...new Set(input.municipalities.map((m) => m.trim()))];
    const centre = await centres.save(
      centres.create({
        slug: input.slug,
        name: input.name.trim(),
        municipalities,
        timeZone: 'Europe/Oslo',
      }),
    );
    const admin = await this.users.findOrCreate(input.firstAdmin, 'firstAdmin.initialPassword');
    await this.transaction.inCentre(centre.id, () =>
      this.db.scoped(MembershipEntity).insert({ userId: admin.id, role: CentreRole.CENTRE_ADMIN }),
    );
    return CentreModel.from(centre);
  }
}
