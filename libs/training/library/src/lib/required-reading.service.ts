import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';

import { MembershipEntity } from '@link/platform/auth';
import { CentreRole, RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { ConflictError, NotFoundError } from '@link/shared/errors';

import { MaterialReadEntity, MaterialRequirementEntity } from './library.entities';
import { LibraryService } from './library.service';
import type { RequiredReadingModel } from './models/material.models';

/** What a centre requires its starters to read, and who has read the current version. */
@Injectable()
export class RequiredReadingService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly library: LibraryService,
    private readonly context: RequestContext,
  ) {}

  async require(materialId: string): Promise<RequiredReadingModel[]> {
    const material = await this.library.get(materialId);
    if (!material.published) throw new NotFoundError('publisert materiell med den id-en');
    if (await this.db.scoped(MaterialRequirementEntity).findOne({ materialId })) {
      throw new ConflictError('Materiellet er allerede påkrevd lesning.');
    }
    await this.db.scoped(MaterialRequirementEntity).insert({ materialId });
    return this.status();
  }

  async unrequire(materialId: string): Promise<RequiredReadingModel[]> {
    if ((await this.db.scoped(MaterialRequirementEntity).delete({ materialId })) === 0) {
      throw new NotFoundError('kravet');
    }
    return this.status();
  }

  /** The signed-in user read the version they now see. */
  async markRead(materialId: string): Promise<boolean> {
    const material = await this.library.get(materialId);
    const userId = this.context.requireSignedIn().userId;
    const reads = this.db.scoped(MaterialReadEntity);
    if (!(await reads.findOne({ materialId, versionId: material.current.id, userId }))) {
      await reads.insert({
        materialId,
        versionId: material.current.id,
        userId,
        readAt: new Date(),
      });
    }
    return true;
  }

  /** Each required material, and for each of the centre's starters whether they read its current version. */
  async status(): Promise<RequiredReadingModel[]> {
    const starters = await this.db.scoped(MembershipEntity).find({
      where: { role: CentreRole.STARTER, deactivatedAt: IsNull() },
      relations: { user: true },
    });
    return this.build(
      starters.map((s) => ({ userId: s.userId, displayName: s.user?.displayName ?? '' })),
    );
  }

  /** For the signed-in user (a starter): what their centre requires, and whether they have read it. */
  async mine(): Promise<RequiredReadingModel[]> {
    const userId = this.context.requireSignedIn().userId;
    const [me] = await this.db
      .scoped(MembershipEntity)
      .find({ where: { userId }, relations: { user: true } });
    return this.build([{ userId, displayName: me?.user?.displayName ?? '' }]);
  }

  private async build(
    people: { userId: string; displayName: string }[],
  ): Promise<RequiredReadingModel[]> {
    const requirements = await this.db
      .scoped(MaterialRequirementEntity)
      .find({ order: { createdAt: 'ASC' } });
    if (requirements.length === 0) return [];
    const reads = await this.db
      .scoped(MaterialReadEntity)
      .find({ where: { materialId: In(requirements.map((r) => r.materialId)) } });
    const materials = new Map(
      (await this.library.getMany(requirements.map((r) => r.materialId))).map((m) => [m.id, m]),
    );
    const result: RequiredReadingModel[] = [];
    for (const requirement of requirements) {
      // Unpublished since it was required: nothing to read for now.
      const material = materials.get(requirement.materialId);
      if (!material) continue;
      const readers = people.map(({ userId, displayName }) => {
        const read = reads.find(
          (r) =>
            r.materialId === material.id &&
            r.userId === userId &&
            r.versionId === material.current.id,
        );
        return { displayName, readCurrentVersion: Boolean(read), readAt: read?.readAt ?? null };
      });
      result.push({
        material,
        readers: readers.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb')),
      });
    }
    return result;
  }
}
