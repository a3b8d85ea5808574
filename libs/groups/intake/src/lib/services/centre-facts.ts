import { Injectable } from '@nestjs/common';

import { CentreEntity, RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

/** What intake needs to know of the active centre: its time zone and municipalities. */
@Injectable()
export class CentreFacts {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async current(): Promise<CentreEntity> {
    const centres = await this.db.platform(CentreEntity);
    return centres.findOneByOrFail({ id: this.context.requireCentreId() });
  }

  /** The municipality as the centre spells it; refuses one the centre does not serve. */
  async municipality(input: string, field = 'municipality'): Promise<string> {
    const { municipalities } = await this.current();
    const match = municipalities.find((m) => m.toLowerCase() === input.trim().toLowerCase());
    if (!match) {
      throw new BadUserInputError(`Ukjent kommune «${input}».`, [
        { field, messages: [`Senteret dekker: ${municipalities.join(', ')}.`] },
      ]);
    }
    return match;
  }
}
