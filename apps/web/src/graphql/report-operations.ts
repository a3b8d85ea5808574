import { graphql } from '../gql';

/** The reports: a centre's own figures, the national office's, funders' and "since the start". */

export const ReportFields = graphql(`
  fragment ReportFields on Report {
    scope
    period {
      from
      to
      label
      months
      note
    }
    suppression {
      threshold
      maxNoise
      hiddenNumbers
      rule
    }
    figures {
      key
      label
      description
      unit
      countsPeople
      published
      rows {
        centreId
        centreName
        value
        suppressed
      }
    }
  }
`);

export const CentreReportDocument = graphql(`
  query CentreReport($period: ReportPeriodInput!) {
    centreReport(period: $period) {
      ...ReportFields
    }
  }
`);

export const NationalReportDocument = graphql(`
  query NationalReport($period: ReportPeriodInput!) {
    nationalReport(period: $period) {
      ...ReportFields
    }
  }
`);

export const TimeSeriesFields = graphql(`
  fragment TimeSeriesFields on ReportTimeSeries {
    figure
    label
    unit
    months
    rows {
      centreId
      centreName
      points {
        value
        suppressed
      }
    }
    suppression {
      threshold
      rule
    }
  }
`);

export const CentreTimeSeriesDocument = graphql(`
  query CentreTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {
    centreTimeSeries(figure: $figure, period: $period) {
      ...TimeSeriesFields
    }
  }
`);

export const NationalTimeSeriesDocument = graphql(`
  query NationalTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {
    nationalTimeSeries(figure: $figure, period: $period) {
      ...TimeSeriesFields
    }
  }
`);

export const SinceTheStartDocument = graphql(`
  query SinceTheStart {
    sinceTheStart {
      scope
      until
      suppression {
        threshold
        rule
      }
      rows {
        centreId
        centreName
        since
        groupsStarted {
          value
          suppressed
        }
        peopleInGroups {
          value
          suppressed
        }
      }
    }
  }
`);

export const FunderReportDocument = graphql(`
  query FunderReport($programme: FunderProgramme!, $period: ReportPeriodInput!, $centreId: ID) {
    funderReport(programme: $programme, period: $period, centreId: $centreId) {
      programme
      title
      about
      columns
      period {
        from
        to
        label
        months
        note
      }
      suppression {
        threshold
        maxNoise
        hiddenNumbers
        rule
      }
      lines {
        figure
        label
        values {
          value
          suppressed
        }
      }
    }
  }
`);

export const FunderReportFileDocument = graphql(`
  query FunderReportFile(
    $programme: FunderProgramme!
    $period: ReportPeriodInput!
    $format: ReportFileFormat!
    $centreId: ID
  ) {
    funderReportFile(programme: $programme, period: $period, format: $format, centreId: $centreId) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const CentresDocument = graphql(`
  query Centres {
    centres {
      id
      slug
      name
      municipalities
    }
  }
`);
