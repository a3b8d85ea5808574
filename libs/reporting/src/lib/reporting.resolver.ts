import { Args, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '@link/platform/auth';
import { CentreRole, PlatformRole } from '@link/platform/tenancy';

import { FULL_REPORT_COMPLEXITY, TIME_SERIES_COMPLEXITY } from './report-complexity';
import { FunderExportArgs, FunderReportArgs, ReportArgs, TimeSeriesArgs } from './report.inputs';
import {
  FunderReportModel,
  ReportFileModel,
  ReportModel,
  ReportTimeSeriesModel,
  SinceTheStartModel,
} from './report.models';
import { ReportingService } from './reporting.service';

const CENTRE_STAFF = [CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR] as const;

@Resolver()
export class ReportingResolver {
  constructor(private readonly reporting: ReportingService) {}

  @Query(() => ReportModel, {
    complexity: FULL_REPORT_COMPLEXITY,
    description:
      "The signed-in centre's own figures for a period, without suppression: staff know their " +
      'people anyway. Includes the running month.',
  })
  @Roles(...CENTRE_STAFF)
  centreReport(@Args() args: ReportArgs): Promise<ReportModel> {
    return this.reporting.centreReport(args.period);
  }

  @Query(() => ReportModel, {
    complexity: FULL_REPORT_COMPLEXITY,
    description:
      'Every centre and the whole country for a period of finished months, with small counts ' +
      'suppressed (see `suppression`). Counted by a database role that cannot read any person.',
  })
  @Roles(PlatformRole.NATIONAL_ANALYST)
  nationalReport(@Args() args: ReportArgs): Promise<ReportModel> {
    return this.reporting.nationalReport(args.period);
  }

  @Query(() => ReportTimeSeriesModel, {
    complexity: TIME_SERIES_COMPLEXITY,
    description: 'One figure per month for the signed-in centre (at most 60 months).',
  })
  @Roles(...CENTRE_STAFF)
  centreTimeSeries(@Args() args: TimeSeriesArgs): Promise<ReportTimeSeriesModel> {
    return this.reporting.centreTimeSeries(args.figure, args.period);
  }

  @Query(() => ReportTimeSeriesModel, {
    complexity: TIME_SERIES_COMPLEXITY,
    description: 'One figure per finished month for every centre and the country, suppressed.',
  })
  @Roles(PlatformRole.NATIONAL_ANALYST)
  nationalTimeSeries(@Args() args: TimeSeriesArgs): Promise<ReportTimeSeriesModel> {
    return this.reporting.nationalTimeSeries(args.figure, args.period);
  }

  @Query(() => SinceTheStartModel, {
    description:
      'Groups started and people who have been in a group since the start. Centre staff: their ' +
      "own centre, exact, until today's month. National office: every centre and the country, " +
      'until the last finished month, people protected (groups are work, shown exactly).',
  })
  @Roles(...CENTRE_STAFF, PlatformRole.NATIONAL_ANALYST)
  sinceTheStart(): Promise<SinceTheStartModel> {
    return this.reporting.sinceTheStart();
  }

  @Query(() => FunderReportModel, {
    complexity: FULL_REPORT_COMPLEXITY,
    description:
      'What a funding programme asks for, for finished months, always suppressed because it ' +
      'leaves the centre. Centre staff get their own centre; the national office all centres ' +
      'and the country, or one centre.',
  })
  @Roles(...CENTRE_STAFF, PlatformRole.NATIONAL_ANALYST)
  funderReport(@Args() args: FunderReportArgs): Promise<FunderReportModel> {
    return this.reporting.funderReport(args.programme, args.period, args.centreId);
  }

  @Query(() => ReportFileModel, {
    complexity: FULL_REPORT_COMPLEXITY,
    description: 'The funder report as a CSV or XLSX file with Norwegian labels.',
  })
  @Roles(...CENTRE_STAFF, PlatformRole.NATIONAL_ANALYST)
  funderReportFile(@Args() args: FunderExportArgs): Promise<ReportFileModel> {
    return this.reporting.funderReportFile(args.programme, args.period, args.format, args.centreId);
  }
}
