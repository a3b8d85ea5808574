import { Injectable } from '@nestjs/common';

import { MembershipEntity, UsersService } from '@link/platform/auth';
import {
  CentreEntity,
  CentreModel,
  CentreRole,
  RequestContext,
  RequestTransaction,
  TenantDatabase,
} from '@link/platform/tenancy';
import { ConflictError, NotFoundError } from '@link/shared/errors';

import type {
  CentreProfileModel,
  PublicCentreModel,
  UpdateCentreProfileInput,
} from './centre-profile';
import type { OnboardCentreInput } from './onboard-centre.input';

@Injectable()
export class CentresService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
    private readonly users: UsersService,
    private readonly context: RequestContext,
  ) {}

  async all(): Promise<CentreModel[]> {
    const centres = await this.db.platform(CentreEntity);
    return (await centres.find({ order: { name: 'ASC' } })).map(CentreModel.from);
  }

  /** The active centre's own description. */
  async profile(): Promise<CentreProfileModel> {
    const centres = await this.db.platform(CentreEntity);
    return toProfile(await centres.findOneByOrFail({ id: this.context.requireCentreId() }));
  }

  /** What a centre shows the public; the national office has no public pages. */
  async publicProfile(slug: string): Promise<PublicCentreModel> {
    const centres = await this.db.platform(CentreEntity);
    const centre = await centres.findOneBy({ slug, kind: 'CENTRE' });
    if (!centre) throw new NotFoundError('senteret');
    const { name, municipalities, contactEmail, contactPhone, website } = centre;
    return { slug, name, municipalities, contactEmail, contactPhone, website };
  }

  /**
   * Changes the active centre's name, municipalities or contact details. The centre is the one of
   * the caller's token, never an argument, so no other centre can be reached.
   */
  async updateProfile(input: UpdateCentreProfileInput): Promise<CentreProfileModel> {
    const centres = await this.db.platform(CentreEntity);
    const changes: Partial<CentreEntity> = {};
    if (input.name !== undefined && input.name !== null) changes.name = input.name;
    if (input.municipalities !== undefined && input.municipalities !== null) {
      changes.municipalities = [...new Set(input.municipalities.map((m) => m.trim()))];
    }
    for (const field of ['contactEmail', 'contactPhone', 'postalAddress', 'website'] as const) {
      if (input[field] !== undefined) changes[field] = input[field] || null;
    }
    if (Object.keys(changes).length > 0) {
      await centres.update({ id: this.context.requireCentreId() }, changes);
    }
    return this.profile();
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

function toProfile(centre: CentreEntity): CentreProfileModel {
  return {
    id: centre.id,
    slug: centre.slug,
    name: centre.name,
    municipalities: centre.municipalities,
    contactEmail: centre.contactEmail,
    contactPhone: centre.contactPhone,
    postalAddress: centre.postalAddress,
    website: centre.website,
  };
}
